package cascadekit.split;

import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * Stratified k-fold as scikit-learn's {@code StratifiedKFold} (0.22 and later) builds it: classes
 * numbered by first appearance, the labels sorted by class and dealt round-robin to the folds to
 * decide how many rows of each class each fold tests; then each class's rows, in table order, go
 * to fold 0's share first, fold 1's next, and so on (shuffled: the class's fold numbers are
 * shuffled by a {@code SplittableRandom(seed)} first, class by class). Test folds differ in size
 * by at most one row. scikit-learn only warns when a class has fewer rows than folds; the kit
 * refuses it, since some fold would test none of that class.
 *
 * <pre>{@code
 * List<Fold> folds = StratifiedKFold.of(5).shuffled(42).split(loans, "defaulted");
 * }</pre>
 */
public final class StratifiedKFold {
  private final FoldCount folds;

  private StratifiedKFold(FoldCount folds) {
    this.folds = folds;
  }

  /** Returns a stratified k-fold split of {@code nSplits} folds, rows of a class in table order. */
  public static StratifiedKFold of(int nSplits) {
    return new StratifiedKFold(FoldCount.of(nSplits));
  }

  /** Returns this split with each class's fold numbers shuffled, by {@code seed}. */
  public StratifiedKFold shuffled(long seed) {
    return new StratifiedKFold(folds.shuffled(seed));
  }

  /** Returns the {@code k} folds of {@code table}, each class of {@code label} in proportion. */
  public List<Fold> split(Table table, String label) {
    Blocks classes = Blocks.of(table, "label", label);
    int k = folds.k();
    ClassCheck.atLeast(label, classes, k, "nSplits");
    SplittableRandom random = folds.seed().isPresent() ? folds.random() : null;
    int[] foldOf = new int[table.rowCount()];
    int start = 0;
    for (int c = 0; c < classes.count(); c++) {
      int[] foldOfRow = dealt(start, classes.size(c), k);
      if (random != null) {
        Rows.shuffle(foldOfRow, random);
      }
      int[] rows = classes.rows(c);
      for (int i = 0; i < rows.length; i++) {
        foldOf[rows[i]] = foldOfRow[i];
      }
      start += foldOfRow.length;
    }
    return Rows.folds(table, foldOf, k);
  }

  /**
   * Returns the folds of a class whose rows hold positions {@code start .. start + size - 1} of
   * the sorted labels, dealt round-robin: fold 0's share first, then fold 1's, and so on.
   */
  private static int[] dealt(int start, int size, int k) {
    int[] foldOfRow = new int[size];
    int next = 0;
    for (int fold = 0; fold < k; fold++) {
      for (int p = start; p < start + size; p++) {
        if (p % k == fold) {
          foldOfRow[next++] = fold;
        }
      }
    }
    return foldOfRow;
  }
}
