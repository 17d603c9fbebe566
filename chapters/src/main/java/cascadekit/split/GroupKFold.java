package cascadekit.split;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * Grouped k-fold as scikit-learn's {@code GroupKFold} (1.6 and later) builds it: no group in two
 * folds. Unshuffled, groups go largest first, each to the fold with the fewest rows so far (the
 * lowest-numbered on a tie), so test folds come out near equal in rows. scikit-learn orders
 * equal-sized groups by numpy's argsort of the sorted group values, reversed; the kit by first
 * appearance in the table. Shuffled, as scikit-learn's {@code shuffle=True}: the groups are
 * permuted by a {@code SplittableRandom(seed)} and cut into {@code k} consecutive runs of groups,
 * the first {@code groups % k} one group longer; folds then vary in rows.
 *
 * <pre>{@code
 * List<Fold> folds = GroupKFold.of(5).split(loans, "applicant_id");   // no applicant in two folds
 * }</pre>
 */
public final class GroupKFold {
  private final int k;
  private final OptionalLong seed;

  private GroupKFold(int k, OptionalLong seed) {
    this.k = k;
    this.seed = seed;
  }

  /** Returns a grouped k-fold split of {@code nSplits} folds, balanced greedily by rows. */
  public static GroupKFold of(int nSplits) {
    Arguments.folds("nSplits", nSplits);
    return new GroupKFold(nSplits, OptionalLong.empty());
  }

  /** Returns this split with the groups permuted by {@code seed} and cut into runs. */
  public GroupKFold shuffled(long seed) {
    return new GroupKFold(k, OptionalLong.of(seed));
  }

  /** Returns the {@code k} folds of {@code table}, whole groups of {@code group} in each. */
  public List<Fold> split(Table table, String group) {
    Blocks groups = Blocks.of(table, "group", group);
    GroupCheck.atLeast(group, groups, k);
    int[] foldOfGroup = seed.isPresent()
        ? Rows.runs(Rows.permutation(groups.count(), new SplittableRandom(seed.getAsLong())), k)
        : lightestFirst(groups);
    int[] foldOf = new int[table.rowCount()];
    Arrays.setAll(foldOf, row -> foldOfGroup[groups.blockOf(row)]);
    return Rows.folds(table, foldOf, k);
  }

  private int[] lightestFirst(Blocks groups) {
    Integer[] order = new Integer[groups.count()];
    Arrays.setAll(order, g -> g);
    Arrays.sort(order, Comparator.comparingInt(g -> -groups.size(g)));
    long[] rowsIn = new long[k];
    int[] foldOf = new int[groups.count()];
    for (int g : order) {
      int lightest = 0;
      for (int fold = 1; fold < k; fold++) {
        lightest = rowsIn[fold] < rowsIn[lightest] ? fold : lightest;
      }
      rowsIn[lightest] += groups.size(g);
      foldOf[g] = lightest;
    }
    return foldOf;
  }
}
