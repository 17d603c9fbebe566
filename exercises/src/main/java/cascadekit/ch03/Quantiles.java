package cascadekit.ch03;

import java.util.List;

/**
 * Exercise 03.quantiles: quantiles by a stated method, and the IQR.
 *
 * <p>"The median" of an even number of values, or "the 25th percentile" of ten, depends on a
 * method; Hyndman and Fan (1996) list nine. This kit uses their type 7, linear interpolation
 * between order statistics, the default of R and NumPy and Commons Math's
 * {@code Percentile.EstimationType.R_7}. Sort a copy of the n values into x[0..n-1]; for p in
 * [0, 1] let h = (n - 1) * p; then Q(p) = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] -
 * x[floor(h)]), and Q(1) = x[n - 1].
 *
 * <p>Task 1. Return Q(p) by type 7. Refuse p outside [0, 1] and an empty array with an
 * {@code IllegalArgumentException}. Leave the caller's array as it was.
 * <pre>{@code
 * quantile(new double[] {1, 2, 3, 4}, 0.25)   // => 1.75: h = 0.75, 1 + 0.75 * (2 - 1)
 * }</pre>
 *
 * <p>Task 2. Return the interquartile range, Q(0.75) - Q(0.25).
 * <pre>{@code
 * iqr(new double[] {1, 2, 3, 4})   // => 1.5: 3.25 - 1.75
 * }</pre>
 *
 * <p>Task 3. Return Tukey's outliers, in the order given: values below Q(0.25) - 1.5 * IQR or
 * above Q(0.75) + 1.5 * IQR.
 * <pre>{@code
 * outliers(new double[] {70, 72, 68, 71, 690, 69})   // => [690.0]: a weight with a slipped decimal point
 * }</pre>
 */
public final class Quantiles {
  private Quantiles() {}

  /** Returns the p-quantile of {@code values} by linear interpolation (type 7). */
  public static double quantile(double[] values, double p) {
    // TODO: task 1: sort a copy, h = (n - 1) * p, interpolate between x[floor(h)] and the next.
    throw new UnsupportedOperationException(
        "03.quantiles: Quantiles.quantile is not written yet; do task 1, then ./kit check 03.quantiles");
  }

  /** Returns Q(0.75) - Q(0.25). */
  public static double iqr(double[] values) {
    // TODO: task 2: two calls of task 1.
    throw new UnsupportedOperationException(
        "03.quantiles: Quantiles.iqr is not written yet; do task 2, then ./kit check 03.quantiles");
  }

  /** Returns the values outside Tukey's fences, in their original order. */
  public static List<Double> outliers(double[] values) {
    // TODO: task 3: compute the fences once from the quartiles, then keep the values outside them.
    throw new UnsupportedOperationException(
        "03.quantiles: Quantiles.outliers is not written yet; do task 3, then ./kit check 03.quantiles");
  }
}
