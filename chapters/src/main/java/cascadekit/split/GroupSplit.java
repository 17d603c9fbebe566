package cascadekit.split;

import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * A grouped train/test split, seeded: all rows of a group (an applicant, a patient) fall on the
 * same side, so no group is on both. As in scikit-learn's {@code GroupShuffleSplit}, the fraction
 * counts groups, not rows: the test side holds {@code ceil(testFraction * groups)} groups, the
 * first of a permutation of the groups (in order of first appearance) drawn from
 * {@code new SplittableRandom(seed)}. Its share of rows varies with the groups' sizes.
 *
 * <pre>{@code
 * TrainTest split = GroupSplit.of(loans, "applicant_id", 0.2, 42);   // 3200 applicants => 640 in test
 * }</pre>
 */
public final class GroupSplit {
  private GroupSplit() {}

  /** Returns {@code table} split by {@code group}, {@code testFraction} of the groups held out. */
  public static TrainTest of(Table table, String group, double testFraction, long seed) {
    Blocks groups = Blocks.of(table, "group", group);
    int testGroups = TestSize.of(testFraction, groups.count(), "groups of '" + group + "'");
    int[] order = Rows.permutation(groups.count(), new SplittableRandom(seed));
    boolean[] inTest = new boolean[table.rowCount()];
    for (int i = 0; i < testGroups; i++) {
      for (int row : groups.rows(order[i])) {
        inTest[row] = true;
      }
    }
    return Rows.sides(table, inTest);
  }
}
