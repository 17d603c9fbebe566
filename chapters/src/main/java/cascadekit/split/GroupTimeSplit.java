package cascadekit.split;

import tech.tablesaw.api.Table;

/**
 * A time split that also keeps groups apart: the rows split as {@link TimeSplit} splits them,
 * then every training row of a group that has a row in test is dropped (purged), so no group is
 * on both sides and training still ends before the test window. The purged rows are on neither
 * side; the test side is exactly the time split's.
 *
 * <pre>{@code
 * TrainTest split = GroupTimeSplit.of(loans, "applied_at", "applicant_id", 0.2, 30);
 * }</pre>
 */
public final class GroupTimeSplit {
  private GroupTimeSplit() {}

  /** Returns {@code table} split in time, without the earlier rows of the groups in test. */
  public static TrainTest of(Table table, String time, String group, double testFraction, int gap) {
    Blocks groups = Blocks.of(table, "group", group);
    boolean[][] sides = TimeSplit.sides(table, time, testFraction, gap);
    boolean[] inTrain = sides[0];
    boolean[] tested = new boolean[groups.count()];
    for (int row = 0; row < inTrain.length; row++) {
      tested[groups.blockOf(row)] |= sides[1][row];
    }
    for (int row = 0; row < inTrain.length; row++) {
      inTrain[row] &= !tested[groups.blockOf(row)];
    }
    if (Rows.marked(inTrain).length == 0) {
      throw new IllegalArgumentException("every training row shares its group in column '" + group
          + "' with a test row: none left to train on (testFraction=" + testFraction + ", gap=" + gap + ")");
    }
    return Rows.sides(table, inTrain, sides[1]);
  }
}
