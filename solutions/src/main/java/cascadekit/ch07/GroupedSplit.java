package cascadekit.ch07;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
    if (!table.containsColumn(group)) {
      throw new IllegalArgumentException("no column '" + group + "' in table " + table.name() + ": " + table.columnNames());
    }
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("testShare must be in (0, 1), got " + testShare);
    }
    // Sorted first: the draw then depends on the seed only, not on the order of the file.
    Set<String> distinct = new TreeSet<>();
    for (int i = 0; i < table.rowCount(); i++) {
      String id = table.getString(i, group);
      if (id.isBlank()) {
        throw new IllegalArgumentException("column '" + group + "' is blank at row " + i + ": a row without a group cannot be placed");
      }
      distinct.add(id);
    }
    List<String> ids = new ArrayList<>(distinct);
    int nTest = (int) Math.ceil(testShare * ids.size());
    if (nTest >= ids.size()) {
      throw new IllegalArgumentException(
          "testShare " + testShare + " of " + ids.size() + " groups puts every group in test; use more groups or a smaller share");
    }
    Collections.shuffle(ids, new Random(seed));
    List<String> test = new ArrayList<>(ids.subList(0, nTest));
    Collections.sort(test);
    return test;
  }

  /** Returns the table split so that each group's rows are all on one side. */
  public static Split split(Table table, String group, double testShare, long seed) {
    Set<String> test = new TreeSet<>(testGroups(table, group, testShare, seed));
    // isIn selects by group, so every row of a drawn patient goes with it; rows keep their order.
    return new Split(
        table.where(table.stringColumn(group).isNotIn(test)), table.where(table.stringColumn(group).isIn(test)));
  }

  /** Returns the ids present on both sides, sorted, each once. */
  public static List<String> overlap(Table train, Table test, String group) {
    Set<String> both = new TreeSet<>(train.stringColumn(group).asSet());
    both.retainAll(test.stringColumn(group).asSet());
    return new ArrayList<>(both);
  }
}
