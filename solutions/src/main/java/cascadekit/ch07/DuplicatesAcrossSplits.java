package cascadekit.ch07;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
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
    StringJoiner key = new StringJoiner("|");
    for (String column : columns) {
      key.add(normalise(table.getString(row, column)));
    }
    return key.toString();
  }

  /** Returns the numbers of the test rows whose key is also a training row's key. */
  public static List<Integer> testRowsInTrain(Table train, Table test, Set<String> ignored) {
    for (String column : ignored) {
      if (!train.containsColumn(column)) {
        // A typo here would quietly compare the ids too, and find no duplicate at all.
        throw new IllegalArgumentException("ignored column '" + column + "' is not in the training table: " + train.columnNames());
      }
    }
    if (!new TreeSet<>(test.columnNames()).equals(new TreeSet<>(train.columnNames()))) {
      throw new IllegalArgumentException(
          "test columns " + test.columnNames() + " differ from training columns " + train.columnNames());
    }
    // The training table's order for both sides: a test file with its columns reordered still matches.
    List<String> columns = new ArrayList<>(train.columnNames());
    columns.removeAll(ignored);
    Set<String> trainKeys = new HashSet<>();
    for (int i = 0; i < train.rowCount(); i++) {
      trainKeys.add(key(train, i, columns));
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < test.rowCount(); i++) {
      if (trainKeys.contains(key(test, i, columns))) {
        found.add(i);
      }
    }
    return found;
  }

  /** Returns the share of test rows whose key is also a training row's key. */
  public static double share(Table train, Table test, Set<String> ignored) {
    if (test.rowCount() == 0) {
      throw new IllegalArgumentException("the test table " + test.name() + " has no rows");
    }
    // Divided by the test rows: the question is how much of the score was measured on seen rows.
    return (double) testRowsInTrain(train, test, ignored).size() / test.rowCount();
  }

  /** Returns whether {@code share} is at most {@code maxShare}, deepchecks' condition. */
  public static boolean passes(double share, double maxShare) {
    return share <= maxShare;
  }

  private static String normalise(String raw) {
    String value = raw.strip();
    try {
      // "2500.00", "2500" and "2.5E3" are one amount; a float would print 2500.0 for some.
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }
}
