package cascadekit.ch07;

import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Exercise 07.duplicates-across-splits: test rows that are already in the training set.
 *
 * <p>A loan application resubmitted a week later gets a new id and a new timestamp, and often
 * " ana  SILVA " for "Ana Silva" or "2500" for "2500.00". If one copy lands in training and one
 * in test, the model is tested on an answer it has seen. deepchecks' {@code TrainTestSamplesMix}
 * reports the share of test rows that also appear in training, and passes when it is at most a
 * threshold ({@code max_ratio}: 0.05 by default since deepchecks 0.17, 0.1 before).
 *
 * <p>Task 1. Return a row's key: the named columns' values, in that order, joined by {@code "|"}.
 * Each value, from {@code table.getString(row, column)}, is stripped; a number ({@code new
 * BigDecimal(value)} parses it) is written {@code stripTrailingZeros().toPlainString()}; any other
 * value is lower-cased ({@code Locale.ROOT}) with each run of whitespace made one space.
 * <pre>{@code
 * key(test, 0, [applicant, income, city])   // " ana  SILVA ", "2500.00", "Oslo" => "ana silva|2500|oslo"
 * }</pre>
 *
 * <p>Task 2. Return the test row numbers (ascending) whose key, over the training table's columns
 * except {@code ignored} (ids, timestamps), is the key of some training row. Each such test row
 * counts, also when it repeats another test row; a test row that only repeats other test rows
 * does not. Refuse with an {@code IllegalArgumentException} an ignored column training lacks and
 * a test table whose columns differ, listing the columns of both tables.
 * <pre>{@code
 * testRowsInTrain(train, test, {application_id, submitted_at})   // => [0, 1, 7]
 * }</pre>
 *
 * <p>Task 3. Return the share of test rows found in training, and whether a share passes a
 * threshold (at most {@code maxShare}). Refuse an empty test table.
 * <pre>{@code
 * share(train, test, ignored)   // => 0.375 (3 of 8);   passes(0.375, 0.1) // => false
 * }</pre>
 */
public final class DuplicatesAcrossSplits {
  private DuplicatesAcrossSplits() {}

  /** Returns the normalised key of {@code row} over {@code columns}, in that order. */
  public static String key(Table table, int row, List<String> columns) {
    // TODO: task 1: normalise each value (number or text), then join them.
    throw new UnsupportedOperationException(
        "07.duplicates-across-splits: DuplicatesAcrossSplits.key is not written yet; do task 1, then ./kit check 07.duplicates-across-splits");
  }

  /** Returns the numbers of the test rows whose key is also a training row's key. */
  public static List<Integer> testRowsInTrain(Table train, Table test, Set<String> ignored) {
    // TODO: task 2: check the columns, collect the training keys, look each test row up.
    throw new UnsupportedOperationException(
        "07.duplicates-across-splits: DuplicatesAcrossSplits.testRowsInTrain is not written yet; do task 2, then ./kit check 07.duplicates-across-splits");
  }

  /** Returns the share of test rows whose key is also a training row's key. */
  public static double share(Table train, Table test, Set<String> ignored) {
    // TODO: task 3: the rows found over the test rows.
    throw new UnsupportedOperationException(
        "07.duplicates-across-splits: DuplicatesAcrossSplits.share is not written yet; do task 3, then ./kit check 07.duplicates-across-splits");
  }

  /** Returns whether {@code share} is at most {@code maxShare}, deepchecks' condition. */
  public static boolean passes(double share, double maxShare) {
    // TODO: task 3: compare with the threshold.
    throw new UnsupportedOperationException(
        "07.duplicates-across-splits: DuplicatesAcrossSplits.passes is not written yet; do task 3, then ./kit check 07.duplicates-across-splits");
  }
}
