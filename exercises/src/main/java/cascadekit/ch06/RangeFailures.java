package cascadekit.ch06;

import java.util.List;
import tech.tablesaw.api.Table;

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
      // TODO: task 2: divide the values outside by the values checked.
      throw new UnsupportedOperationException(
          "06.range-failures: Report.unexpectedPercent is not written yet; do task 2, then ./kit check 06.range-failures");
    }
  }

  /** Returns the values checked, the count outside [min, max] and the first failing ids. */
  public static Report check(Table table, String idColumn, String valueColumn, double min, double max) {
    // TODO: task 1: walk the rows once; skip missing values, count the rest, keep the first ids.
    throw new UnsupportedOperationException(
        "06.range-failures: RangeFailures.check is not written yet; do task 1, then ./kit check 06.range-failures");
  }

  /** Returns the one-line message of a report, for a build log. */
  public static String message(String column, double min, double max, Report report) {
    // TODO: task 3: build the line from the report; mind the case with nothing outside.
    throw new UnsupportedOperationException(
        "06.range-failures: RangeFailures.message is not written yet; do task 3, then ./kit check 06.range-failures");
  }
}
