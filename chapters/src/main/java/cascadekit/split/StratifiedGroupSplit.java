package cascadekit.split;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * A grouped train/test split that keeps each class's share as well as whole groups allow. The
 * fraction counts rows: the test side aims at {@code ceil(testFraction * n)} rows, shared among
 * the classes by the largest remainder as in {@link StratifiedSplit}. Groups are taken largest
 * first (equal sizes in the order of a permutation drawn from {@code new SplittableRandom(seed)});
 * a group goes to test when that brings the test side's per-class counts closer to their targets
 * (total absolute difference), otherwise to training. scikit-learn has no single stratified-group
 * split; its {@code StratifiedGroupKFold} is the k-fold version ({@link StratifiedGroupKFold}).
 *
 * <pre>{@code
 * TrainTest split = StratifiedGroupSplit.of(loans, "defaulted", "applicant_id", 0.2, 42);
 * }</pre>
 */
public final class StratifiedGroupSplit {
  private StratifiedGroupSplit() {}

  /** Returns {@code table} split by {@code group}, each class of {@code label} near its share. */
  public static TrainTest of(Table table, String label, String group, double testFraction, long seed) {
    Blocks classes = Blocks.of(table, "label", label);
    Blocks groups = Blocks.of(table, "group", group);
    int[] targets = LargestRemainder.of(classes.sizes(), TestSize.of(testFraction, table.rowCount(), "rows"));
    if (groups.count() < 2) {
      throw new IllegalArgumentException("group column '" + group + "' has " + groups.count()
          + " group; a grouped split needs at least 2");
    }
    int[][] counts = groups.countsBy(classes);
    int[] testCounts = new int[classes.count()];
    boolean[] inTest = new boolean[table.rowCount()];
    for (int g : largestFirst(groups, seed)) {
      if (distance(testCounts, counts[g], targets) < distance(testCounts, null, targets)) {
        Arrays.setAll(testCounts, c -> testCounts[c] + counts[g][c]);
        for (int row : groups.rows(g)) {
          inTest[row] = true;
        }
      }
    }
    ClassCheck.bothSides(label, classes, testCounts, "testFraction=" + testFraction);
    return Rows.sides(table, inTest);
  }

  private static Integer[] largestFirst(Blocks groups, long seed) {
    int[] order = Rows.permutation(groups.count(), new SplittableRandom(seed));
    Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Comparator.comparingInt(g -> -groups.size(g)));
    return boxed;
  }

  private static long distance(int[] test, int[] added, int[] targets) {
    long total = 0;
    for (int c = 0; c < test.length; c++) {
      total += Math.abs(test[c] + (added == null ? 0 : added[c]) - targets[c]);
    }
    return total;
  }
}
