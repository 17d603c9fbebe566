package cascadekit.split;

import tech.tablesaw.api.Table;

/**
 * A time-based train/test split: the rows sorted by a time column (a stable sort, so equal
 * times keep their row order), the last {@code ceil(testFraction * n)} rows held out, and the
 * {@code gap} rows just before them dropped from training so that nothing close to the test
 * window trains the model. Those gap rows are on neither side. No randomness: the same table
 * gives the same split. Rows with the same time as the first test row may still be in training.
 *
 * <pre>{@code
 * TrainTest split = TimeSplit.of(loans, "applied_at", 0.2, 30);   // 3170 train, 30 dropped, 801 test
 * }</pre>
 */
public final class TimeSplit {
  private TimeSplit() {}

  /** Returns {@code table} split in time: the latest rows in test, {@code gap} rows dropped before them. */
  public static TrainTest of(Table table, String time, double testFraction, int gap) {
    boolean[][] sides = sides(table, time, testFraction, gap);
    return Rows.sides(table, sides[0], sides[1]);
  }

  /** Returns the split's marks: {@code [0]} the training rows, {@code [1]} the test rows. */
  static boolean[][] sides(Table table, String time, double testFraction, int gap) {
    int[] order = TimeOrder.of(table, time);
    int n = order.length;
    int testSize = TestSize.of(testFraction, n, "rows");
    if (gap < 0 || n - testSize - gap < 1) {
      throw new IllegalArgumentException("gap=" + gap + " must be at least 0 and leave a training row: "
          + n + " rows, " + testSize + " in test (testFraction=" + testFraction + ")");
    }
    boolean[] inTrain = new boolean[n];
    boolean[] inTest = new boolean[n];
    for (int i = 0; i < n; i++) {
      inTrain[order[i]] = i < n - testSize - gap;
      inTest[order[i]] = i >= n - testSize;
    }
    return new boolean[][] {inTrain, inTest};
  }
}
