package cascadekit.split;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * K-fold cross-validation as scikit-learn's {@code KFold} cuts it: the rows in table order (or,
 * shuffled, in the order of a permutation drawn from {@code new SplittableRandom(seed)}) cut into
 * {@code k} consecutive test folds, the first {@code n % k} of {@code n / k + 1} rows and the others
 * of {@code n / k}. Each fold trains on all the other rows.
 *
 * <pre>{@code
 * List<Fold> folds = KFold.of(3).split(table);              // 10 rows => test sizes 4, 3, 3
 * List<Fold> shuffled = KFold.of(5).shuffled(42).split(table);
 * }</pre>
 */
public final class KFold {
  private final FoldCount folds;

  private KFold(FoldCount folds) {
    this.folds = folds;
  }

  /** Returns a k-fold split of {@code nSplits} folds, rows in table order. */
  public static KFold of(int nSplits) {
    return new KFold(FoldCount.of(nSplits));
  }

  /** Returns this split with the rows shuffled first, by {@code seed}. */
  public KFold shuffled(long seed) {
    return new KFold(folds.shuffled(seed));
  }

  /** Returns the {@code k} folds of {@code table}. */
  public List<Fold> split(Table table) {
    int n = table.rowCount();
    int k = folds.k();
    if (n < k) {
      throw new IllegalArgumentException("nSplits=" + k + " is more than the " + n + " rows of table '"
          + table.name() + "'");
    }
    return Rows.folds(table, Rows.runs(folds.order(n), k), k);
  }
}
