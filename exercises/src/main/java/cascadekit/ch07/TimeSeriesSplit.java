package cascadekit.ch07;

import java.util.List;

/**
 * Exercise 07.time-series-split: the folds of scikit-learn's {@code TimeSeriesSplit}.
 *
 * <p>Daily sales, oldest first. A random split trains on Friday to predict Thursday; a time
 * split only ever trains on the past. {@code TimeSeriesSplit(n_splits, max_train_size, test_size,
 * gap)} makes {@code splits} folds: each test window has {@code testSize} rows (default {@code n /
 * (splits + 1)}), the windows end at the last row and start at {@code n - splits * testSize}; each
 * training set is every row before its window, minus the last {@code gap} rows (a sale's return
 * is known only days later), and at most the {@code maxTrainSize} most recent rows. Ranges are
 * half-open: {@code [start, end)}.
 *
 * <p>Task 1. Return the folds with the defaults: no gap, no limit, the default test size.
 * <pre>{@code
 * folds(10, 3)   // => train [0, 4) test [4, 6); train [0, 6) test [6, 8); train [0, 8) test [8, 10)
 * }</pre>
 *
 * <p>Task 2. With a test size (0 means the default) and a gap dropped from the end of each
 * training set ({@code maxTrainSize} 0 means no limit, as scikit-learn's {@code None}).
 * <pre>{@code
 * folds(12, 3, 0, 2, 2)   // => train [0, 4) test [6, 8); [0, 6) [8, 10); [0, 8) [10, 12)
 * }</pre>
 *
 * <p>Task 3. With {@code maxTrainSize}: keep only the most recent rows of a longer training set.
 * <pre>{@code
 * folds(10, 3, 3, 0, 0)   // => train [1, 4) test [4, 6); [3, 6) [6, 8); [5, 8) [8, 10)
 * }</pre>
 *
 * <p>Task 4. Refuse with an {@code IllegalArgumentException}: {@code splits < 2}, a negative
 * size or gap (name it as the Java parameter: {@code maxTrainSize}, {@code testSize} or
 * {@code gap}), and, in scikit-learn's words, {@code "Cannot have number of folds=4
 * greater than the number of samples=3"} when {@code splits + 1 > n}, and {@code "Too many
 * splits=3 for number of samples=10 with test_size=3 and gap=1"} when {@code n - gap - testSize *
 * splits <= 0}.
 */
public final class TimeSeriesSplit {
  private TimeSeriesSplit() {}

  /** One fold: the rows {@code [trainStart, trainEnd)} to train on, {@code [testStart, testEnd)} to test on. */
  public record Fold(int trainStart, int trainEnd, int testStart, int testEnd) {}

  /** Returns the folds of {@code TimeSeriesSplit(n_splits=splits)} over {@code n} rows. */
  public static List<Fold> folds(int n, int splits) {
    // TODO: task 1: the test size, the first window's start, then one fold per window.
    throw new UnsupportedOperationException(
        "07.time-series-split: TimeSeriesSplit.folds is not written yet; do task 1, then ./kit check 07.time-series-split");
  }

  /** Returns the folds of {@code TimeSeriesSplit(splits, maxTrainSize, testSize, gap)}; 0 means unset. */
  public static List<Fold> folds(int n, int splits, int maxTrainSize, int testSize, int gap) {
    // TODO: task 2: then tasks 3 and 4: the gap, the most recent rows, the refusals.
    throw new UnsupportedOperationException(
        "07.time-series-split: TimeSeriesSplit.folds is not written yet; do task 2, then ./kit check 07.time-series-split");
  }
}
