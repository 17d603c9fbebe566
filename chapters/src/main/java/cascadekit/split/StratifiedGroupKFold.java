package cascadekit.split;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Stratified grouped k-fold with scikit-learn's {@code StratifiedGroupKFold} heuristic: no group
 * in two folds, each class's share kept as well as whole groups allow. Groups are taken in order
 * of the spread (standard deviation) of their class counts, widest first, a stable sort; each goes
 * to the fold that then has the least mean, over classes, of the deviation across folds of the
 * fold's share of that class ({@link FoldBalance}); on a tie (within numpy's {@code isclose}) the
 * fold with fewer rows, then the lower number. Shuffled, the groups' starting order is permuted
 * by a {@code SplittableRandom(seed)} before the stable sort, as scikit-learn does since pull
 * request #32540 (2025; before it, shuffling detached groups from their class counts).
 * Differences: groups start in order of first appearance (scikit-learn: sorted values); a class
 * with fewer rows than folds is refused (scikit-learn warns), and so is a fold left with no group.
 *
 * <pre>{@code
 * List<Fold> folds = StratifiedGroupKFold.of(5).split(loans, "defaulted", "applicant_id");
 * }</pre>
 */
public final class StratifiedGroupKFold {
  private final FoldCount folds;

  private StratifiedGroupKFold(FoldCount folds) {
    this.folds = folds;
  }

  /** Returns a stratified grouped k-fold split of {@code nSplits} folds. */
  public static StratifiedGroupKFold of(int nSplits) {
    return new StratifiedGroupKFold(FoldCount.of(nSplits));
  }

  /** Returns this split with the groups' starting order permuted by {@code seed}. */
  public StratifiedGroupKFold shuffled(long seed) {
    return new StratifiedGroupKFold(folds.shuffled(seed));
  }

  /** Returns the {@code k} folds of {@code table}: whole groups, classes of {@code label} in proportion. */
  public List<Fold> split(Table table, String label, String group) {
    Blocks classes = Blocks.of(table, "label", label);
    Blocks groups = Blocks.of(table, "group", group);
    int k = folds.k();
    GroupCheck.atLeast(group, groups, k);
    ClassCheck.atLeast(label, classes, k, "nSplits");
    int[][] counts = groups.countsBy(classes);
    FoldBalance balance = new FoldBalance(k, classes.sizes());
    int[] foldOfGroup = new int[groups.count()];
    for (int g : widestFirst(counts)) {
      foldOfGroup[g] = balance.add(counts[g]);
    }
    balance.requireEveryFoldFilled(group);
    int[] foldOf = new int[table.rowCount()];
    Arrays.setAll(foldOf, row -> foldOfGroup[groups.blockOf(row)]);
    return Rows.folds(table, foldOf, k);
  }

  private Integer[] widestFirst(int[][] counts) {
    Integer[] order = Arrays.stream(folds.order(counts.length)).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(g -> -FoldBalance.deviation(counts[g])));
    return order;
  }
}
