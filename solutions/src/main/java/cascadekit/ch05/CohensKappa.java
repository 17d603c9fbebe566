package cascadekit.ch05;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    if (a.isEmpty() || a.size() != b.size()) {
      throw new IllegalArgumentException(
          "need two label lists of the same, non-zero length, got " + a.size() + " and " + b.size());
    }
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(b.get(i))) {
        same++;
      }
    }
    // Cast before dividing: int / int would round every share below 1 down to 0.
    return (double) same / a.size();
  }

  /** Returns Cohen's kappa: chance agreement from each rater's own label shares. */
  public static double cohensKappa(List<String> a, List<String> b) {
    double observed = percentAgreement(a, b);
    Map<String, Double> sharesA = shares(a);
    Map<String, Double> sharesB = shares(b);
    double chance = 0;
    // A label only one rater used adds nothing: the other rater's share of it is 0.
    for (Map.Entry<String, Double> entry : sharesA.entrySet()) {
      chance += entry.getValue() * sharesB.getOrDefault(entry.getKey(), 0.0);
    }
    return corrected(observed, chance);
  }

  /** Returns Scott's pi: chance agreement from the two raters' pooled label shares. */
  public static double scottsPi(List<String> a, List<String> b) {
    double observed = percentAgreement(a, b);
    // Pooling assumes both raters draw from one distribution; when their shares differ,
    // this p_e differs from Cohen's, and so does the result.
    Map<String, Double> pooled = new TreeMap<>();
    shares(a).forEach((label, share) -> pooled.merge(label, share / 2, Double::sum));
    shares(b).forEach((label, share) -> pooled.merge(label, share / 2, Double::sum));
    double chance = 0;
    for (double share : pooled.values()) {
      chance += share * share;
    }
    return corrected(observed, chance);
  }

  private static double corrected(double observed, double chance) {
    if (chance >= 1 - 1e-12) {
      throw new IllegalArgumentException("chance agreement is 1, so kappa is 0/0: both raters used one label");
    }
    return (observed - chance) / (1 - chance);
  }

  private static Map<String, Double> shares(List<String> labels) {
    Map<String, Double> shares = new TreeMap<>();
    for (String label : labels) {
      shares.merge(label, 1.0 / labels.size(), Double::sum);
    }
    return shares;
  }
}
