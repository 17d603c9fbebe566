package cascadekit.ch07;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Exercise 07.stratified-split: a stratified split with largest-remainder counts, seeded.
 *
 * <p>A lender holds out applications to test its model. Referred applications are rare, and a
 * plain random split can leave the test set with none, or with twice their share. A stratified
 * split keeps each outcome's share on both sides: the test set has {@code ceil(testShare * n)}
 * rows (as scikit-learn's {@code train_test_split}), shared out by largest remainder.
 *
 * <p>Task 1. Return each class's test rows, by class name: first {@code nTest * n_c / n} rounded
 * down, then one more row to each class with the largest remainder {@code nTest * n_c % n} until
 * the counts add up to {@code nTest}; equal remainders go to the class whose name sorts first.
 * Refuse a {@code testShare} outside (0, 1) and a class of fewer than 2 rows with an {@code
 * IllegalArgumentException} naming the share or the class.
 * <pre>{@code
 * testCounts(6 approved, 3 declined, 2 referred; 0.25)   // => {approved=2, declined=1, referred=0}
 * }</pre>
 *
 * <p>Task 2. Split the table: one {@code new Random(seed)}; for each class in name order, its row
 * numbers in ascending order, {@code Collections.shuffle(rows, random)}, and the first count of
 * them go to test. Both sides keep the table's row order.
 * <pre>{@code
 * split(same table, 0.25, 7)   // => test A1, D1, A4 (in table order); train the other 8
 * }</pre>
 */
public final class StratifiedSplit {
  private StratifiedSplit() {}

  /** The two sides of a split, each in the table's row order. */
  public record Split(Table train, Table test) {}

  /** Returns each class's number of test rows, by class name. */
  public static Map<String, Integer> testCounts(Table table, String label, double testShare) {
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("testShare must be in (0, 1), got " + testShare);
    }
    Map<String, List<Integer>> rows = rowsByClass(table, label);
    long n = table.rowCount();
    // ceil, as scikit-learn: a share of 0.25 of 10 rows is 3 test rows, not 2.
    long nTest = (long) Math.ceil(testShare * n);
    Map<String, Integer> counts = new TreeMap<>();
    List<String> byRemainder = new ArrayList<>();
    long seats = nTest;
    for (Map.Entry<String, List<Integer>> entry : rows.entrySet()) {
      int size = entry.getValue().size();
      if (size < 2) {
        throw new IllegalArgumentException(
            "class '" + entry.getKey() + "' in column '" + label + "' has " + size + " row; stratifying needs at least 2");
      }
      // Integer arithmetic: the floor and the remainder are exact, no 0.1 + 0.2 surprises.
      counts.put(entry.getKey(), (int) (nTest * size / n));
      seats -= nTest * size / n;
      byRemainder.add(entry.getKey());
    }
    // A stable sort of names already in order: equal remainders keep the first name first.
    byRemainder.sort((a, b) -> Long.compare(nTest * rows.get(b).size() % n, nTest * rows.get(a).size() % n));
    for (int i = 0; i < seats; i++) {
      counts.merge(byRemainder.get(i), 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the table split into train and test, each class keeping its share, seeded. */
  public static Split split(Table table, String label, double testShare, long seed) {
    Map<String, Integer> counts = testCounts(table, label, testShare);
    Random random = new Random(seed);
    Selection test = new BitmapBackedSelection();
    for (Map.Entry<String, List<Integer>> entry : rowsByClass(table, label).entrySet()) {
      List<Integer> rows = entry.getValue();
      Collections.shuffle(rows, random);
      rows.subList(0, counts.get(entry.getKey())).forEach(test::add);
    }
    // A selection is a set of row numbers, so where(...) returns the rows in the table's order.
    Selection train = Selection.withRange(0, table.rowCount()).andNot(test);
    return new Split(table.where(train), table.where(test));
  }

  /** Returns the row numbers of each class, ascending, by class name. */
  private static Map<String, List<Integer>> rowsByClass(Table table, String label) {
    Map<String, List<Integer>> rows = new TreeMap<>();
    for (int i = 0; i < table.rowCount(); i++) {
      rows.computeIfAbsent(table.getString(i, label), key -> new ArrayList<>()).add(i);
    }
    return rows;
  }
}
