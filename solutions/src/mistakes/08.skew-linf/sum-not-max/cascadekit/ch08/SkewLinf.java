// Mistake: adds up the differences (an L1 distance) instead of keeping the largest.
package cascadekit.ch08;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exercise 08.skew-linf: training/serving skew as an L-infinity distance, as TFDV measures it.
 *
 * <p>A recommender was trained on logs where {@code country} was written {@code "DE"}; the
 * serving app sends {@code "de"}. Nothing fails, and the model sees a country it never learned.
 * TFDV's skew comparator puts both sides' values into shares of their total and takes the
 * largest absolute difference over every value either side has: the L-infinity distance. It is 0
 * for identical shares and 1 when the two sides share nothing. You set the threshold.
 *
 * <p>Task 1. Return the L-infinity distance between two maps of counts (compare shares, not raw
 * counts: the training log is bigger).
 * <pre>{@code
 * lInfinity({DE=300, FR=100}, {DE=60, FR=40})   // => 0.15   (DE: 0.75 vs 0.60)
 * lInfinity({DE=300, FR=100}, {de=60, FR=40})   // => 0.75   (DE: 0.75 vs 0)
 * }</pre>
 *
 * <p>Task 2. Return the features, sorted, whose L-infinity distance between training and
 * serving is at least {@code threshold}. Both maps have one entry per feature: its value counts.
 * <pre>{@code
 * skewed({country={DE=300, FR=100}, device={ios=50, web=50}},
 *        {country={de=60, FR=40}, device={ios=45, web=55}}, 0.1)   // => [country]
 * }</pre>
 */
public final class SkewLinf {
  private SkewLinf() {}

  /** Returns the largest absolute difference of shares between training and serving. */
  public static double lInfinity(Map<String, Long> training, Map<String, Long> serving) {
    TreeSet<String> values = new TreeSet<>(training.keySet());
    // A value only serving sends ("de") is where skew shows: it must be compared too.
    values.addAll(serving.keySet());
    double trainingTotal = total(training);
    double servingTotal = total(serving);
    double max = 0;
    for (String value : values) {
      double t = training.getOrDefault(value, 0L) / trainingTotal;
      double s = serving.getOrDefault(value, 0L) / servingTotal;
      max += Math.abs(t - s);
    }
    return max;
  }

  /** Returns the features, sorted, whose training/serving L-infinity distance is at least {@code threshold}. */
  public static List<String> skewed(
      Map<String, Map<String, Long>> training, Map<String, Map<String, Long>> serving, double threshold) {
    return new TreeSet<>(training.keySet()).stream()
        .filter(feature -> lInfinity(training.get(feature), serving.getOrDefault(feature, Map.of())) >= threshold)
        .toList();
  }

  private static double total(Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      throw new IllegalArgumentException("need at least one counted value on each side");
    }
    return total;
  }
}
