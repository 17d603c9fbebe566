package cascadekit.ch05;

import java.util.List;

/**
 * Exercise 05.cohens-kappa: percent agreement, Cohen's kappa and Scott's pi.
 *
 * <p>Two annotators labelled the same items: {@code a.get(i)} and {@code b.get(i)} are their
 * labels for item {@code i}. Raw agreement flatters them when one label is common: two raters
 * who both say "pos" to 90% of items agree often by chance alone. A kappa corrects for chance:
 * {@code (p_o - p_e) / (1 - p_e)}, with {@code p_o} the observed agreement and {@code p_e} the
 * agreement expected by chance. Cohen's kappa takes {@code p_e} from each rater's own label
 * shares; Scott's pi from the two raters' shares pooled.
 *
 * <p>Task 1. Return the share of items both raters gave the same label. Refuse lists of
 * different lengths, or empty ones, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * percentAgreement(List.of("y", "y", "n", "n"), List.of("y", "n", "n", "n"))   // => 0.75
 * }</pre>
 *
 * <p>Task 2. Return Cohen's kappa, with {@code p_e = sum over labels k of pA(k) * pB(k)}, where
 * {@code pA(k)} is the share of items rater A labelled k. Refuse a {@code p_e} of 1 (both raters
 * used one and the same label: kappa is 0/0) with an {@code IllegalArgumentException}.
 * <pre>{@code
 * cohensKappa(same two lists)   // => 0.5   (p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5)
 * }</pre>
 *
 * <p>Task 3. Return Scott's pi, with {@code p_e = sum over k of ((pA(k) + pB(k)) / 2)^2}, and
 * refuse a {@code p_e} of 1 as for kappa. Shares summed in doubles can land just under 1: compare
 * with a small tolerance.
 * <pre>{@code
 * scottsPi(same two lists)   // => 0.4667   (pooled y 0.375, n 0.625, so p_e = 0.53125)
 * }</pre>
 */
public final class CohensKappa {
  private CohensKappa() {}

  /** Returns the share of items the two raters labelled alike. */
  public static double percentAgreement(List<String> a, List<String> b) {
    // TODO: task 1: count the items with equal labels, then divide.
    throw new UnsupportedOperationException(
        "05.cohens-kappa: CohensKappa.percentAgreement is not written yet; do task 1, then ./kit check 05.cohens-kappa");
  }

  /** Returns Cohen's kappa: chance agreement from each rater's own label shares. */
  public static double cohensKappa(List<String> a, List<String> b) {
    // TODO: task 2: p_e from each rater's shares, then (p_o - p_e) / (1 - p_e).
    throw new UnsupportedOperationException(
        "05.cohens-kappa: CohensKappa.cohensKappa is not written yet; do task 2, then ./kit check 05.cohens-kappa");
  }

  /** Returns Scott's pi: chance agreement from the two raters' pooled label shares. */
  public static double scottsPi(List<String> a, List<String> b) {
    // TODO: task 3: p_e from the pooled shares.
    throw new UnsupportedOperationException(
        "05.cohens-kappa: CohensKappa.scottsPi is not written yet; do task 3, then ./kit check 05.cohens-kappa");
  }
}
