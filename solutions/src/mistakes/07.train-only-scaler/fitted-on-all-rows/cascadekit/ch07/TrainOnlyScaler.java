// Mistake: fits the imputer and scaler on training and test rows together, then transforms the test rows.
package cascadekit.ch07;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
    // A sorted copy: the caller's list keeps its order.
    List<Double> present = new ArrayList<>(train.stream().filter(Objects::nonNull).toList());
    if (present.isEmpty()) {
      throw new IllegalArgumentException("no training value present in " + train.size() + " rows: nothing to fit on");
    }
    present.sort(null);
    int n = present.size();
    double median = n % 2 == 1 ? present.get(n / 2) : (present.get(n / 2 - 1) + present.get(n / 2)) / 2;
    // The scaler sees what the imputer hands it: the filled column, every training row.
    double[] filled = train.stream().mapToDouble(x -> x == null ? median : x).toArray();
    double mean = Arrays.stream(filled).sum() / filled.length;
    double squares = 0;
    for (double x : filled) {
      squares += (x - mean) * (x - mean);
    }
    // Divided by n, not n - 1: StandardScaler's population deviation.
    return new Fitted(median, mean, Math.sqrt(squares / filled.length));
  }

  /** Returns the values filled with the median and scaled with the fitted mean and sd. */
  public static double[] transform(Fitted fitted, List<Double> values) {
    double scale = fitted.sd() == 0 ? 1 : fitted.sd();
    return values.stream().mapToDouble(x -> ((x == null ? fitted.median() : x) - fitted.mean()) / scale).toArray();
  }

  /** Returns the test values transformed with statistics fitted on the training values only. */
  public static double[] scaleTest(List<Double> train, List<Double> test) {
    List<Double> all = new ArrayList<>(train);
    all.addAll(test);
    return transform(fit(all), test);
  }

  /** Returns the names of the stored statistics that a fit on {@code train} alone does not give. */
  public static List<String> leaked(Fitted stored, List<Double> train) {
    Fitted honest = fit(train);
    List<String> leaked = new ArrayList<>();
    if (Math.abs(stored.median() - honest.median()) > 1e-9) {
      leaked.add("median");
    }
    if (Math.abs(stored.mean() - honest.mean()) > 1e-9) {
      leaked.add("mean");
    }
    if (Math.abs(stored.sd() - honest.sd()) > 1e-9) {
      leaked.add("sd");
    }
    return leaked;
  }
}
