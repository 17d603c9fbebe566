package cascadekit.ch09;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Exercise 09.datasheet-consistency: does the datasheet still say what the data says?
 *
 * <p>A datasheet written once goes stale: a cleaning rule changes, the figures in the text do
 * not, and a second team trusts "1 missing clinic" when there are 3. This check reads the
 * figures a datasheet states, in the Composition lines of 09.composition-answers, measures each
 * on the table and reports every line that disagrees. A cell is missing when Tablesaw says so or
 * when it is a blank string; a label's share is of the rows that have a label, to one decimal.
 *
 * <p>Task 1. Count the missing cells of a column, blank strings included.
 * <pre>{@code
 * missing(visits, "clinic")   // => 3   (one "", and "  " twice)
 * }</pre>
 *
 * <p>Task 2. Return a label's share of the labelled rows, in percent, to one decimal
 * ({@code String.format(Locale.ROOT, "%.1f", ...)}). Refuse a column with no label at all with an
 * {@code IllegalArgumentException} naming it.
 * <pre>{@code
 * share(visits, "label", "well")   // => "66.7"   (4 of 6 labelled rows)
 * }</pre>
 *
 * <p>Task 3. Check the datasheet's lines (the first is line 1) and return a mismatch for each
 * stated figure that differs from the measured one, in line order. Three forms are checked; every
 * other line is ignored:
 * <ul>
 *   <li>{@code - Instances: <n> rows}: the row count;
 *   <li>{@code - Missing in <column>: <n> of ...}: task 1's count; a column the table lacks is a
 *       mismatch measured as {@code no such column};
 *   <li>{@code - Label <label>: <n> (<pct>%)}: task 2's share, compared as a number
 *       ({@code 66.70} states 66.7).
 * </ul>
 * <pre>{@code
 * check(["# Datasheet", "- Instances: 8 rows"], visits, "label")
 * // => [Mismatch[line=2, claim="- Instances: 8 rows", stated="8", measured="7"]]
 * }</pre>
 */
public final class DatasheetConsistency {
  private DatasheetConsistency() {}

  /** A datasheet line whose figure the data does not bear out. */
  public record Mismatch(int line, String claim, String stated, String measured) {}

  /** Returns the number of missing or blank cells in {@code column}. */
  public static int missing(Table table, String column) {
    // TODO: task 1: Tablesaw's missing cells and blank strings.
    throw new UnsupportedOperationException(
        "09.datasheet-consistency: DatasheetConsistency.missing is not written yet; do task 1, then ./kit check 09.datasheet-consistency");
  }

  /** Returns {@code label}'s share of the labelled rows, in percent to one decimal. */
  public static String share(Table table, String labelColumn, String label) {
    // TODO: task 2: count the labelled rows and those with this label.
    throw new UnsupportedOperationException(
        "09.datasheet-consistency: DatasheetConsistency.share is not written yet; do task 2, then ./kit check 09.datasheet-consistency");
  }

  /** Returns a mismatch for each stated figure the table does not match, in line order. */
  public static List<Mismatch> check(List<String> datasheet, Table table, String labelColumn) {
    // TODO: task 3: match each line against the three forms, measure, compare.
    throw new UnsupportedOperationException(
        "09.datasheet-consistency: DatasheetConsistency.check is not written yet; do task 3, then ./kit check 09.datasheet-consistency");
  }
}
