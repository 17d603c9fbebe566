package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Time-series cross-validation with scikit-learn's {@code TimeSeriesSplit(n_splits,
 * max_train_size, test_size, gap)} sizes, on the rows sorted by a time column (stable, equal times
 * in row order). With {@code n} rows and {@code k} splits the test size is {@code n / (k + 1)}
 * unless given; the test windows are the last {@code k * testSize} rows, in order; each fold
 * trains on every row before its window except the last {@code gap}, capped at the
 * {@code maxTrainSize} most recent; under a cap the earliest rows may be in no fold at all.
 *
 * <pre>{@code
 * TimeSeriesSplit.of(3).split(table, "t");          // 10 rows => test 2, 2, 2; train 4, 6, 8
 * TimeSeriesSplit.of(3).gap(1).split(table, "t");   // train 3, 5, 7
 * }</pre>
 */
public final class TimeSeriesSplit {
  private final int k;
  private final int maxTrainSize;
  private final int testSize;
  private final int gap;

  private TimeSeriesSplit(int k, int maxTrainSize, int testSize, int gap) {
    this.k = k;
    this.maxTrainSize = maxTrainSize;
    this.testSize = testSize;
    this.gap = gap;
  }

  /** Returns a split of {@code nSplits} folds, no cap on training, default test size, no gap. */
  public static TimeSeriesSplit of(int nSplits) {
    Arguments.folds("nSplits", nSplits);
    return new TimeSeriesSplit(nSplits, 0, 0, 0);
  }

  /** Returns this split training on at most {@code rows} rows, the most recent. */
  public TimeSeriesSplit maxTrainSize(int rows) {
    positive("maxTrainSize", rows);
    return new TimeSeriesSplit(k, rows, testSize, gap);
  }

  /** Returns this split testing {@code rows} rows in each fold. */
  public TimeSeriesSplit testSize(int rows) {
    positive("testSize", rows);
    return new TimeSeriesSplit(k, maxTrainSize, rows, gap);
  }

  /** Returns this split leaving out {@code rows} rows between each training set and its test. */
  public TimeSeriesSplit gap(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("gap must be at least 0, got " + rows);
    }
    return new TimeSeriesSplit(k, maxTrainSize, testSize, rows);
  }

  /** Returns the {@code k} folds of {@code table} in the order of {@code time}. */
  public List<Fold> split(Table table, String time) {
    int[] order = TimeOrder.of(table, time);
    int n = order.length;
    int size = testSize > 0 ? testSize : n / (k + 1);
    if (k + 1 > n) {
      throw new IllegalArgumentException("nSplits=" + k + " needs " + (k + 1) + " rows; table '"
          + table.name() + "' has " + n);
    }
    if (n - gap - size * k <= 0) {
      throw new IllegalArgumentException("nSplits=" + k + " with testSize=" + size + " and gap=" + gap
          + " leaves no training row in " + n + " rows");
    }
    List<Fold> folds = new ArrayList<>();
    for (int fold = 0; fold < k; fold++) {
      int testStart = n - (k - fold) * size;
      int trainEnd = testStart - gap;
      int trainStart = maxTrainSize > 0 && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
      boolean[] inTrain = new boolean[n];
      boolean[] inTest = new boolean[n];
      for (int i = trainStart; i < trainEnd; i++) {
        inTrain[order[i]] = true;
      }
      for (int i = testStart; i < testStart + size; i++) {
        inTest[order[i]] = true;
      }
      TrainTest sides = Rows.sides(table, inTrain, inTest);
      folds.add(new Fold(fold, sides.train(), sides.test()));
    }
    return List.copyOf(folds);
  }

  private static void positive(String name, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + rows);
    }
  }
}
