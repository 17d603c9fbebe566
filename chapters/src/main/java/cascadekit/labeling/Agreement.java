package cascadekit.labeling;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Agreement between two raters who labelled the same items: raw percent agreement, and the two
 * chance-corrected measures that differ only in how they estimate chance.
 *
 * <p>Both kappas are {@code (p_o - p_e) / (1 - p_e)}. Cohen's kappa takes chance from each
 * rater's own label shares, {@code p_e = sum_k pA_k * pB_k}; Scott's pi pools the two raters'
 * shares first, {@code p_e = sum_k ((pA_k + pB_k) / 2)^2}. They agree when the raters use the
 * labels equally often and part when one rater favours a label the other does not.
 *
 * <pre>{@code
 * Agreement.cohensKappa(List.of("y", "y", "n", "n"), List.of("y", "n", "n", "n"));   // => 0.5
 * }</pre>
 */
public final class Agreement {
  private Agreement() {}

  /** Returns the share of items the two raters gave the same label. */
  public static double percent(List<String> a, List<String> b) {
    requirePaired(a, b);
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(b.get(i))) {
        same++;
      }
    }
    return (double) same / a.size();
  }

  /** Returns Cohen's kappa: chance from each rater's own label shares. */
  public static double cohensKappa(List<String> a, List<String> b) {
    double observed = percent(a, b);
    Map<String, Double> sharesA = shares(a);
    Map<String, Double> sharesB = shares(b);
    double chance = 0;
    for (Map.Entry<String, Double> share : sharesA.entrySet()) {
      chance += share.getValue() * sharesB.getOrDefault(share.getKey(), 0.0);
    }
    return corrected(observed, chance);
  }

  /** Returns Scott's pi: chance from the two raters' pooled label shares. */
  public static double scottsPi(List<String> a, List<String> b) {
    double observed = percent(a, b);
    Map<String, Double> pooled = new TreeMap<>();
    shares(a).forEach((label, p) -> pooled.merge(label, p / 2, Double::sum));
    shares(b).forEach((label, p) -> pooled.merge(label, p / 2, Double::sum));
    double chance = pooled.values().stream().mapToDouble(p -> p * p).sum();
    return corrected(observed, chance);
  }

  private static double corrected(double observed, double chance) {
    // A tolerance: shares that sum to 1 in exact arithmetic can leave chance at 0.9999999999999998.
    if (chance >= 1 - 1e-12) {
      throw new IllegalArgumentException(
          "kappa is undefined when chance agreement is 1 (both raters used a single label)");
    }
    return (observed - chance) / (1 - chance);
  }

  private static Map<String, Double> shares(List<String> labels) {
    Map<String, Double> shares = new TreeMap<>();
    labels.forEach(label -> shares.merge(label, 1.0 / labels.size(), Double::sum));
    return shares;
  }

  private static void requirePaired(List<String> a, List<String> b) {
    if (a.isEmpty() || a.size() != b.size()) {
      throw new IllegalArgumentException(
          "need two label lists of the same, non-zero length: " + a.size() + " and " + b.size());
    }
    if (a.stream().anyMatch(Objects::isNull) || b.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a missing label: keep only the items both raters labelled");
    }
  }
}
