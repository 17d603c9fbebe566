// Mistake: treats the bounds as exclusive, so a value exactly on min or max fails.
package cascadekit.ch06;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Exercise 06.range-failures: a range check that names the failing rows, as Great Expectations does.
 *
 * <p>A range check that only says "failed" sends someone to search the file. Great Expectations'
 * result carries the count of unexpected values, their percent of the values checked, and a
 * partial list of the first 20; a missing value is not checked at all (that is completeness's
 * business), and the bounds are inclusive.
 *
 * <p>Task 1. Check every value of {@code valueColumn} against [{@code min}, {@code max}] and
 * return a {@link Report}: the values checked (not missing), the number outside, and the ids of
 * the first {@value #PARTIAL_LIMIT} of them in row order, from {@code idColumn}; a failing row
 * whose id is missing is named {@code row N} (N from 1). Refuse {@code min > max} with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * check([V1 70, V2 -0.5, V3 (missing), V4 250], "id", "weight_kg", 0, 250)   // => Report[3, 1, [V2]]
 * }</pre>
 *
 * <p>Task 2. Return the unexpected percent: values outside / values checked * 100, and 0 when no
 * value was checked.
 * <pre>{@code
 * new Report(8, 3, [V4, V6, V9]).unexpectedPercent()   // => 37.5
 * }</pre>
 *
 * <p>Task 3. Return the one-line message a build log shows: {@code column: N of M values (P%)
 * outside [min, max]; ids A, B} with P to two decimals, and {@code and K more} after the ids
 * when not all are listed; {@code column: all M values inside [min, max]} when none is outside.
 * <pre>{@code
 * message("weight_kg", 0, 250, new Report(8, 3, [V4, V6, V9]))
 * // => "weight_kg: 3 of 8 values (37.50%) outside [0.0, 250.0]; ids V4, V6, V9"
 * }</pre>
 */
public final class RangeFailures {
  /** The most ids a report lists, as Great Expectations' partial_unexpected_list. */
  public static final int PARTIAL_LIMIT = 20;

  private RangeFailures() {}

  /** The values checked, how many fell outside, and the ids of the first of them. */
  public record Report(long checked, long unexpectedCount, List<String> partialIds) {
    /** Returns the values outside as a percent of the values checked, 0 when none was checked. */
    public double unexpectedPercent() {
      return checked == 0 ? 0 : 100.0 * unexpectedCount / checked;
    }
  }

  /** Returns the values checked, the count outside [min, max] and the first failing ids. */
  public static Report check(Table table, String idColumn, String valueColumn, double min, double max) {
    if (min > max) {
      throw new IllegalArgumentException("range of " + valueColumn + " is empty: min " + min + " > max " + max);
    }
    NumericColumn<?> values = table.numberColumn(valueColumn);
    Column<?> ids = table.column(idColumn);
    long checked = 0;
    long unexpected = 0;
    List<String> partial = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      if (values.isMissing(row)) {
        continue;
      }
      checked++;
      double value = values.getDouble(row);
      if (value <= min || value >= max) {
        unexpected++;
        // Keep counting past the cap: "20 failures" and "20 of 40,000" call for different fixes.
        if (partial.size() < PARTIAL_LIMIT) {
          partial.add(ids.isMissing(row) ? "row " + (row + 1) : ids.getString(row));
        }
      }
    }
    return new Report(checked, unexpected, partial);
  }

  /** Returns the one-line message of a report, for a build log. */
  public static String message(String column, double min, double max, Report report) {
    String range = "[" + min + ", " + max + "]";
    if (report.unexpectedCount() == 0) {
      return column + ": all " + report.checked() + " values inside " + range;
    }
    String message = String.format(Locale.ROOT, "%s: %d of %d values (%.2f%%) outside %s; ids %s", column,
        report.unexpectedCount(), report.checked(), report.unexpectedPercent(), range, String.join(", ", report.partialIds()));
    long unlisted = report.unexpectedCount() - report.partialIds().size();
    return unlisted > 0 ? message + " and " + unlisted + " more" : message;
  }
}
