package cascadekit.ch07;

import java.util.List;

/**
 * Exercise 07.train-only-scaler: a median imputer and a standard scaler fitted on training rows only.
 *
 * <p>A pipeline fills missing incomes with the median and scales them to mean 0 and deviation 1.
 * Fitted on all rows, the test rows have shaped the numbers the model is then tested with: a
 * quiet leak (Kapoor and Narayanan's "preprocessing on training and test"). Fit on training rows,
 * then only transform test, as scikit-learn's {@code SimpleImputer(strategy="median")} followed by
 * {@code StandardScaler} does. Missing values are {@code null}.
 *
 * <p>Task 1. Fit: the median of the training values present (the mean of the two middle ones for
 * an even count); then, over the training values with the missing ones filled by that median,
 * the mean and the population standard deviation (divide by n, as {@code StandardScaler}).
 * Refuse a training list with no value present.
 * <pre>{@code
 * fit([1, 3, null, 5, 7])   // => median 4, mean 4, sd 2   (filled: [1, 3, 4, 5, 7])
 * }</pre>
 *
 * <p>Task 2. Transform: fill a missing value with the median, then {@code (x - mean) / sd}; a sd
 * of 0 scales by 1, as {@code StandardScaler}. Then scale a test list with what the training list
 * alone gives.
 * <pre>{@code
 * scaleTest([1, 3, null, 5, 7], [8, null, 0, 4])   // => [2, 0, -2, 0]
 * }</pre>
 *
 * <p>Task 3. The audit: given the statistics a pipeline stored and its training values, return
 * the names of those ({@code "median"}, {@code "mean"}, {@code "sd"}, in that order) that differ
 * by more than 1e-9 from a fit on the training values alone.
 * <pre>{@code
 * leaked(Fitted[median=4, mean=4, sd=2.236], [1, 3, null, 5, 7])   // => [sd]   (a sample sd)
 * }</pre>
 */
public final class TrainOnlyScaler {
  private TrainOnlyScaler() {}

  /** The statistics a fitted imputer and scaler keep. */
  public record Fitted(double median, double mean, double sd) {}

  /** Returns the median, mean and population sd of the training values, missing ones filled. */
  public static Fitted fit(List<Double> train) {
    // TODO: task 1: the median of a sorted copy, then fill, then mean and sd over n.
    throw new UnsupportedOperationException(
        "07.train-only-scaler: TrainOnlyScaler.fit is not written yet; do task 1, then ./kit check 07.train-only-scaler");
  }

  /** Returns the values filled with the median and scaled with the fitted mean and sd. */
  public static double[] transform(Fitted fitted, List<Double> values) {
    // TODO: task 2: fill, subtract the mean, divide by the sd (or by 1).
    throw new UnsupportedOperationException(
        "07.train-only-scaler: TrainOnlyScaler.transform is not written yet; do task 2, then ./kit check 07.train-only-scaler");
  }

  /** Returns the test values transformed with statistics fitted on the training values only. */
  public static double[] scaleTest(List<Double> train, List<Double> test) {
    // TODO: task 2: fit on one list, transform the other.
    throw new UnsupportedOperationException(
        "07.train-only-scaler: TrainOnlyScaler.scaleTest is not written yet; do task 2, then ./kit check 07.train-only-scaler");
  }

  /** Returns the names of the stored statistics that a fit on {@code train} alone does not give. */
  public static List<String> leaked(Fitted stored, List<Double> train) {
    // TODO: task 3: fit on the training values, compare each statistic.
    throw new UnsupportedOperationException(
        "07.train-only-scaler: TrainOnlyScaler.leaked is not written yet; do task 3, then ./kit check 07.train-only-scaler");
  }
}
