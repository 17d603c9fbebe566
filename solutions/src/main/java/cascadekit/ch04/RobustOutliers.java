package cascadekit.ch04;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exercise 04.robust-outliers: find outliers with statistics the outliers cannot move.
 *
 * <p>The z-score, (x - mean) / sd, measures distance with the mean and the standard deviation,
 * and a few huge values inflate both: on skewed data they hide themselves (masking). The robust
 * z-score uses the median and the MAD (median absolute deviation from the median) instead,
 * scaled by 1.4826 so that it estimates the standard deviation of normal data. Tukey's IQR fences
 * use the quartiles.
 *
 * <p>Task 1. Return the MAD: the median of |x - median(x)|.
 * <pre>{@code
 * mad([10, 11, 12, 13, 14, 15, 16, 500, 520])   // => 2.0   (median 14; deviations 4 3 2 1 0 1 2 486 506)
 * }</pre>
 *
 * <p>Task 2. Return the indexes of the values whose robust z-score, |x - median| / (1.4826 × MAD),
 * is above {@code threshold}, in order.
 * <pre>{@code
 * robustOutliers([10, 11, 12, 13, 14, 15, 16, 500, 520], 3.5)   // => [7, 8]
 * }</pre>
 *
 * <p>Task 3. Return Tukey's fences [Q1 - k × IQR, Q3 + k × IQR], quartiles by linear
 * interpolation (R's type 7, NumPy's default): the p-quantile of n sorted values sits at
 * position h = (n - 1) × p, between the values at floor(h) and floor(h) + 1 (0-based); a single
 * value is both its quartiles.
 * <pre>{@code
 * iqrFences([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 1.5)   // => [-3.5, 14.5]   (Q1 3.25, Q3 7.75)
 * }</pre>
 */
public final class RobustOutliers {
  private RobustOutliers() {}

  /** Returns the median absolute deviation of {@code values} from their median. */
  public static double mad(double[] values) {
    double median = quantile(values, 0.5);
    return quantile(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray(), 0.5);
  }

  /** Returns the indexes of values whose robust z-score is above {@code threshold}. */
  public static List<Integer> robustOutliers(double[] values, double threshold) {
    double median = quantile(values, 0.5);
    // 1.4826 = 1 / (the 0.75 quantile of the standard normal): for normal data 1.4826 × MAD ≈ sd.
    double scale = 1.4826 * mad(values);
    List<Integer> outliers = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (Math.abs(values[i] - median) / scale > threshold) {
        outliers.add(i);
      }
    }
    return outliers;
  }

  /** Returns {@code [Q1 - k * IQR, Q3 + k * IQR]}. */
  public static double[] iqrFences(double[] values, double k) {
    double q1 = quantile(values, 0.25);
    double q3 = quantile(values, 0.75);
    return new double[] {q1 - k * (q3 - q1), q3 + k * (q3 - q1)};
  }

  /** Returns the p-quantile by linear interpolation (R type 7); the caller's array is not sorted. */
  private static double quantile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }
}
