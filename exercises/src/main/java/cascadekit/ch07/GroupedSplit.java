package cascadekit.ch07;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Exercise 07.grouped-split: a grouped split, no patient on both sides, seeded.
 *
 * <p>A clinic's visits table has several rows per patient. Split the rows at random and a
 * patient's second visit sits in test while the first is in training: the model is scored on
 * people it has met. A grouped split draws patients, not rows, as scikit-learn's
 * {@code GroupShuffleSplit} does: {@code ceil(testShare * groups)} patients go to test.
 *
 * <p>Task 1. Return the test patients, sorted: the distinct ids of {@code group}, sorted, then
 * {@code Collections.shuffle(ids, new Random(seed))}, and the first {@code ceil(testShare * groups)}.
 * Refuse with an {@code IllegalArgumentException}: a column the table lacks (name it), a {@code
 * testShare} outside (0, 1) (name it, its value and the range), a blank id (name its row number, from 0),
 * and a share that leaves no patient for training.
 * <pre>{@code
 * testGroups(visits of P1..P5, "patient_id", 0.4, 1)   // => [P3, P4]
 * }</pre>
 *
 * <p>Task 2. Split the table: the rows of the test patients go to test, the others to train,
 * each side in the table's row order.
 * <pre>{@code
 * split(visits, "patient_id", 0.4, 1)   // => test V01 V04 V05 V08 V10; train V02 V03 V06 V07 V09
 * }</pre>
 *
 * <p>Task 3. The audit: return the ids found on both sides of a split, sorted, each once.
 * <pre>{@code
 * overlap(train [P1, P2, P2], test [P2, P3, P2], "patient_id")   // => [P2]
 * }</pre>
 */
public final class GroupedSplit {
  private GroupedSplit() {}

  /** The two sides of a split, each in the table's row order. */
  public record Split(Table train, Table test) {}

  /** Returns the sorted ids of the groups drawn for test. */
  public static List<String> testGroups(Table table, String group, double testShare, long seed) {
    // TODO: task 1: check the arguments, sort the distinct ids, shuffle them, take the first ones.
    throw new UnsupportedOperationException(
        "07.grouped-split: GroupedSplit.testGroups is not written yet; do task 1, then ./kit check 07.grouped-split");
  }

  /** Returns the table split so that each group's rows are all on one side. */
  public static Split split(Table table, String group, double testShare, long seed) {
    // TODO: task 2: select the rows by their group, not by their row number.
    throw new UnsupportedOperationException(
        "07.grouped-split: GroupedSplit.split is not written yet; do task 2, then ./kit check 07.grouped-split");
  }

  /** Returns the ids present on both sides, sorted, each once. */
  public static List<String> overlap(Table train, Table test, String group) {
    // TODO: task 3: the ids of one side that the other side has too.
    throw new UnsupportedOperationException(
        "07.grouped-split: GroupedSplit.overlap is not written yet; do task 3, then ./kit check 07.grouped-split");
  }
}
