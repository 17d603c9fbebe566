// Mistake: reports the list index as the line number, one less than the line an editor shows.
package cascadekit.ch09;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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
  private static final Pattern ROWS = Pattern.compile("- Instances: (\\d+) rows");
  private static final Pattern MISSING = Pattern.compile("- Missing in (.+?): (\\d+) of .*");
  private static final Pattern LABEL = Pattern.compile("- Label (.+?): \\d+ \\((\\d+(?:\\.\\d+)?)%\\)");

  private static final String NO_COLUMN = "no such column";

  private DatasheetConsistency() {}

  /** A datasheet line whose figure the data does not bear out. */
  public record Mismatch(int line, String claim, String stated, String measured) {}

  /** Returns the number of missing or blank cells in {@code column}. */
  public static int missing(Table table, String column) {
    Column<?> cells = table.column(column);
    int missing = 0;
    for (int row = 0; row < cells.size(); row++) {
      missing += isMissing(cells, row) ? 1 : 0;
    }
    return missing;
  }

  /** Returns {@code label}'s share of the labelled rows, in percent to one decimal. */
  public static String share(Table table, String labelColumn, String label) {
    Column<?> labels = table.column(labelColumn);
    int labelled = 0;
    int matching = 0;
    for (int row = 0; row < labels.size(); row++) {
      if (!isMissing(labels, row)) {
        labelled++;
        matching += labels.getString(row).equals(label) ? 1 : 0;
      }
    }
    if (labelled == 0) {
      throw new IllegalArgumentException("no labelled rows in column " + labelColumn);
    }
    return String.format(Locale.ROOT, "%.1f", 100.0 * matching / labelled);
  }

  /** Returns a mismatch for each stated figure the table does not match, in line order. */
  public static List<Mismatch> check(List<String> datasheet, Table table, String labelColumn) {
    List<Mismatch> mismatches = new ArrayList<>();
    for (int i = 0; i < datasheet.size(); i++) {
      String line = datasheet.get(i);
      Matcher rows = ROWS.matcher(line);
      Matcher missing = MISSING.matcher(line);
      Matcher label = LABEL.matcher(line);
      if (rows.matches()) {
        compare(mismatches, i, line, rows.group(1), String.valueOf(table.rowCount()));
      } else if (missing.matches()) {
        String column = missing.group(1);
        String measured = table.containsColumn(column) ? String.valueOf(missing(table, column)) : NO_COLUMN;
        compare(mismatches, i, line, missing.group(2), measured);
      } else if (label.matches()) {
        compare(mismatches, i, line, label.group(2), share(table, labelColumn, label.group(1)));
      }
    }
    return mismatches;
  }

  private static void compare(List<Mismatch> mismatches, int line, String claim, String stated, String measured) {
    if (measured.equals(NO_COLUMN) || new BigDecimal(stated).compareTo(new BigDecimal(measured)) != 0) {
      mismatches.add(new Mismatch(line, claim, stated, measured));
    }
  }

  private static boolean isMissing(Column<?> column, int row) {
    return column.isMissing(row) || column instanceof StringColumn s && s.get(row).isBlank();
  }
}
