package cascadekit.ch08;

import java.util.List;

/**
 * Exercise 08.ks-statistic: the two-sample Kolmogorov-Smirnov test, by hand.
 *
 * <p>A delivery team compares this week's delivery times with last quarter's. The KS statistic
 * {@code D} is the largest vertical gap between the two empirical CDFs, where {@code F(x)} is the
 * share of a sample at or below {@code x}. Its p-value, for samples of {@code n} and {@code m},
 * comes from Kolmogorov's limiting distribution:
 * {@code p = 2 * sum over k >= 1 of (-1)^(k-1) * exp(-2 k^2 lambda^2)},
 * {@code lambda = D * sqrt(n m / (n + m))}.
 *
 * <p>Task 1. Return {@code D}. Check the gap at every value of either sample; where both samples
 * hold the same value, count all its copies on both sides before you measure the gap.
 * <pre>{@code
 * statistic([1, 2, 3, 4], [3, 4, 5, 6])   // => 0.5   (at x = 2: 0.5 - 0.0)
 * statistic([1, 2, 2, 3], [2, 2, 2, 2])   // => 0.25  (ties)
 * }</pre>
 *
 * <p>Task 2. Return the asymptotic p-value of {@code d} for samples of {@code n} and {@code m}:
 * sum the series until a term falls below 1e-12 (and return 1 when {@code d} is 0).
 * <pre>{@code
 * pValue(0.5, 10, 10)   // => 0.1641
 * }</pre>
 *
 * <p>Task 3. Return whether {@code current} drifted from {@code reference}: the p-value of their
 * statistic is at or below {@code alpha}.
 * <pre>{@code
 * drifted([1, 2, ..., 20], [11, 12, ..., 30], 0.05)   // => true  (D = 0.5, p = 0.013)
 * drifted([1, 2, ..., 20], [4, 5, ..., 23], 0.05)     // => false (D = 0.15, p = 0.98)
 * }</pre>
 */
public final class KsStatistic {
  private KsStatistic() {}

  /** Returns the largest gap between the empirical CDFs of {@code a} and {@code b}. */
  public static double statistic(List<Double> a, List<Double> b) {
    // TODO: task 1: the largest gap between the two empirical CDFs.
    throw new UnsupportedOperationException(
        "08.ks-statistic: KsStatistic.statistic is not written yet; do task 1, then ./kit check 08.ks-statistic");
  }

  /** Returns the asymptotic p-value of {@code d} for samples of {@code n} and {@code m}. */
  public static double pValue(double d, int n, int m) {
    // TODO: task 2: sum the alternating series for lambda.
    throw new UnsupportedOperationException(
        "08.ks-statistic: KsStatistic.pValue is not written yet; do task 2, then ./kit check 08.ks-statistic");
  }

  /** Returns whether the p-value of {@code reference} against {@code current} is at most {@code alpha}. */
  public static boolean drifted(List<Double> reference, List<Double> current, double alpha) {
    // TODO: task 3: combine tasks 1 and 2.
    throw new UnsupportedOperationException(
        "08.ks-statistic: KsStatistic.drifted is not written yet; do task 3, then ./kit check 08.ks-statistic");
  }
}
