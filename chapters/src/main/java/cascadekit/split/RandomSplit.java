package cascadekit.split;

import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * A random train/test split, seeded: the same table and seed give the same rows. The test side
 * has {@code ceil(testFraction * n)} rows, as in scikit-learn's {@code train_test_split}; they are
 * the first ones of a permutation drawn from {@code new SplittableRandom(seed)}.
 *
 * <pre>{@code
 * TrainTest split = RandomSplit.of(loans, 0.2, 42);   // 4001 rows => 3200 train, 801 test
 * }</pre>
 */
public final class RandomSplit {
  private RandomSplit() {}

  /** Returns {@code table} split at random, {@code testFraction} of its rows (rounded up) held out. */
  public static TrainTest of(Table table, double testFraction, long seed) {
    int n = table.rowCount();
    int testSize = TestSize.of(testFraction, n, "rows");
    int[] order = Rows.permutation(n, new SplittableRandom(seed));
    boolean[] inTest = new boolean[n];
    for (int i = 0; i < testSize; i++) {
      inTest[order[i]] = true;
    }
    return Rows.sides(table, inTest);
  }
}
