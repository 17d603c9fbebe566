package cascadekit.split;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Grouped k-fold as scikit-learn's {@code GroupKFold} (1.6 and later) builds it: no group in two
 * folds. Unshuffled, groups go largest first, each to the fold with the fewest rows so far (the
 * lowest-numbered on a tie), so test folds come out near equal in rows. Equal-sized groups are
 * taken in order of first appearance in the table; scikit-learn takes them in the reverse of the
 * order numpy's (unstable) argsort leaves them in. Shuffled, as scikit-learn's {@code shuffle=True}: the groups are
 * permuted by a {@code SplittableRandom(seed)} and cut into {@code k} consecutive runs of groups,
 * the first {@code groups % k} one group longer; folds then vary in rows.
 *
 * <pre>{@code
 * List<Fold> folds = GroupKFold.of(5).split(loans, "applicant_id");   // no applicant in two folds
 * }</pre>
 */
public final class GroupKFold {
  private final FoldCount folds;

  private GroupKFold(FoldCount folds) {
    this.folds = folds;
  }

  /** Returns a grouped k-fold split of {@code nSplits} folds, balanced greedily by rows. */
  public static GroupKFold of(int nSplits) {
    return new GroupKFold(FoldCount.of(nSplits));
  }

  /** Returns this split with the groups permuted by {@code seed} and cut into runs. */
  public GroupKFold shuffled(long seed) {
    return new GroupKFold(folds.shuffled(seed));
  }

  /** Returns the {@code k} folds of {@code table}, whole groups of {@code group} in each. */
  public List<Fold> split(Table table, String group) {
    Blocks groups = Blocks.of(table, "group", group);
    int k = folds.k();
    GroupCheck.atLeast(group, groups, k);
    int[] foldOfGroup = folds.seed().isPresent() ? Rows.runs(folds.order(groups.count()), k) : lightestFirst(groups);
    int[] foldOf = new int[table.rowCount()];
    Arrays.setAll(foldOf, row -> foldOfGroup[groups.blockOf(row)]);
    return Rows.folds(table, foldOf, k);
  }

  private int[] lightestFirst(Blocks groups) {
    Integer[] order = new Integer[groups.count()];
    Arrays.setAll(order, g -> g);
    Arrays.sort(order, Comparator.comparingInt(g -> -groups.size(g)));
    long[] rowsIn = new long[folds.k()];
    int[] foldOf = new int[groups.count()];
    for (int g : order) {
      int lightest = 0;
      for (int fold = 1; fold < rowsIn.length; fold++) {
        lightest = rowsIn[fold] < rowsIn[lightest] ? fold : lightest;
      }
      rowsIn[lightest] += groups.size(g);
      foldOf[g] = lightest;
    }
    return foldOf;
  }
}
