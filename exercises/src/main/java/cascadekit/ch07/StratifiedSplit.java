package cascadekit.ch07;

import java.util.Map;
import tech.tablesaw.api.Table;

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
    // TODO: task 1: check the share, count each class, floors first, then the largest remainders.
    throw new UnsupportedOperationException(
        "07.stratified-split: StratifiedSplit.testCounts is not written yet; do task 1, then ./kit check 07.stratified-split");
  }

  /** Returns the table split into train and test, each class keeping its share, seeded. */
  public static Split split(Table table, String label, double testShare, long seed) {
    // TODO: task 2: one Random(seed), shuffle each class's row numbers, select the test rows.
    throw new UnsupportedOperationException(
        "07.stratified-split: StratifiedSplit.split is not written yet; do task 2, then ./kit check 07.stratified-split");
  }
}
