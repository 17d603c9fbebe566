package cascadekit.ch04;

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
    // TODO: task 1: the median of the absolute deviations from the median.
    throw new UnsupportedOperationException(
        "04.robust-outliers: RobustOutliers.mad is not written yet; do task 1, then ./kit check 04.robust-outliers");
  }

  /** Returns the indexes of values whose robust z-score is above {@code threshold}. */
  public static List<Integer> robustOutliers(double[] values, double threshold) {
    // TODO: task 2: |x - median| / (1.4826 * MAD) > threshold.
    throw new UnsupportedOperationException(
        "04.robust-outliers: RobustOutliers.robustOutliers is not written yet; do task 2, then ./kit check 04.robust-outliers");
  }

  /** Returns {@code [Q1 - k * IQR, Q3 + k * IQR]}. */
  public static double[] iqrFences(double[] values, double k) {
    // TODO: task 3: quartiles by linear interpolation, then the fences.
    throw new UnsupportedOperationException(
        "04.robust-outliers: RobustOutliers.iqrFences is not written yet; do task 3, then ./kit check 04.robust-outliers");
  }
}
