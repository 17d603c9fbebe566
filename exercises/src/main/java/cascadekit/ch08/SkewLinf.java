package cascadekit.ch08;

import java.util.List;
import java.util.Map;

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
    // TODO: task 1: shares over every value of either side; keep the largest difference.
    throw new UnsupportedOperationException(
        "08.skew-linf: SkewLinf.lInfinity is not written yet; do task 1, then ./kit check 08.skew-linf");
  }

  /** Returns the features, sorted, whose training/serving L-infinity distance is at least {@code threshold}. */
  public static List<String> skewed(
      Map<String, Map<String, Long>> training, Map<String, Map<String, Long>> serving, double threshold) {
    // TODO: task 2: task 1 for each feature, kept when at or above the threshold.
    throw new UnsupportedOperationException(
        "08.skew-linf: SkewLinf.skewed is not written yet; do task 2, then ./kit check 08.skew-linf");
  }
}
