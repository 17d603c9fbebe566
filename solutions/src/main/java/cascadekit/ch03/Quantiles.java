package cascadekit.ch03;

import java.util.ArrayList;
import java.util.Arrays;
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
    if (values.length == 0 || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("need values and p in [0, 1], got " + values.length + " values, p = " + p);
    }
    // Sort a copy: Arrays.sort(values) would reorder the caller's column behind its back.
    double[] x = values.clone();
    Arrays.sort(x);
    // (n - 1) * p, not n * p: type 7 puts Q(0) on the minimum and Q(1) on the maximum.
    double h = (x.length - 1) * p;
    int below = (int) Math.floor(h);
    if (below == x.length - 1) {
      return x[below]; // p = 1 (or n = 1): nothing above to interpolate towards
    }
    return x[below] + (h - below) * (x[below + 1] - x[below]);
  }

  /** Returns Q(0.75) - Q(0.25). */
  public static double iqr(double[] values) {
    return quantile(values, 0.75) - quantile(values, 0.25);
  }

  /** Returns the values outside Tukey's fences, in their original order. */
  public static List<Double> outliers(double[] values) {
    double q1 = quantile(values, 0.25);
    double q3 = quantile(values, 0.75);
    double iqr = q3 - q1;
    // Fences from the quartiles, not from the mean and standard deviation: the outliers being
    // hunted would pull the mean and inflate the deviation, and so hide themselves.
    double low = q1 - 1.5 * iqr;
    double high = q3 + 1.5 * iqr;
    List<Double> outliers = new ArrayList<>();
    for (double v : values) {
      if (v < low || v > high) {
        outliers.add(v);
      }
    }
    return outliers;
  }
}
