package cascadekit.ch09;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Exercise 09.composition-answers: a datasheet's Composition answers, measured from the table.
 *
 * <p>Datasheets for Datasets asks 17 Composition questions. Several have an answer in the data
 * itself: how many instances, which fields, what is missing, what repeats, how the labels split,
 * when the data was collected. Written by hand they go stale at the next cleaning run; measured
 * from the table they cannot. Each answer is one Markdown line, in exactly the form shown, with
 * percentages to one decimal ({@code String.format(Locale.ROOT, "%.1f", ...)}).
 *
 * <p>A cell is missing when Tablesaw says so ({@code column.isMissing(row)}) or when it is a
 * string that is blank: empty or only whitespace ({@code "  "} is not a clinic).
 *
 * <p>Task 1. Return the instances and the fields, each field with its Tablesaw column type.
 * <pre>{@code
 * shape(7 rows of id, age)   // => ["- Instances: 7 rows", "- Fields: 2: id (STRING), age (INTEGER)"]
 * }</pre>
 *
 * <p>Task 2. Return one line per column with a missing cell, in column order:
 * {@code - Missing in <column>: <n> of <rows> (<pct>%)}; or {@code ["- Missing values: none"]}.
 * <pre>{@code
 * missing(7 rows of id, age, clinic)   // => ["- Missing in age: 2 of 7 (28.6%)", "- Missing in clinic: 3 of 7 (42.9%)"]
 * }</pre>
 *
 * <p>Task 3. Count the exact duplicate rows: rows equal in every column to an earlier row (the
 * first copy is not a duplicate).
 * <pre>{@code
 * duplicates([V2 - "  " cold, V2 - "  " cold, V6 40 Oslo])   // => "- Exact duplicate rows: 1"
 * }</pre>
 *
 * <p>Task 4. Return the label distribution of the rows whose label is not missing: one line per
 * label, {@code - Label <label>: <n> (<pct of labelled rows>%)}, most frequent first, ties in
 * alphabetical order.
 * <pre>{@code
 * labels([flu, cold, flu, ""], "diagnosis")   // => ["- Label flu: 2 (66.7%)", "- Label cold: 1 (33.3%)"]
 * }</pre>
 *
 * <p>Task 5. Return the collection timeframe of a date column: its earliest and latest date and
 * the number of days the range spans, both ends included; missing dates are skipped; with no
 * date at all, {@code - Collection timeframe: unknown (no dates)}.
 * <pre>{@code
 * timeframe([2024-03-28, 2024-01-03, missing], "visited")
 * // => "- Collection timeframe: 2024-01-03 to 2024-03-28 (86 days)"
 * }</pre>
 */
public final class CompositionAnswers {
  private CompositionAnswers() {}

  /** Returns the instances line and the fields line. */
  public static List<String> shape(Table table) {
    // TODO: task 1: rows, then every column's name and type.
    throw new UnsupportedOperationException(
        "09.composition-answers: CompositionAnswers.shape is not written yet; do task 1, then ./kit check 09.composition-answers");
  }

  /** Returns a line per column with missing cells, blank strings counted as missing. */
  public static List<String> missing(Table table) {
    // TODO: task 2: count missing and blank cells per column.
    throw new UnsupportedOperationException(
        "09.composition-answers: CompositionAnswers.missing is not written yet; do task 2, then ./kit check 09.composition-answers");
  }

  /** Returns the line counting rows equal in every column to an earlier row. */
  public static String duplicates(Table table) {
    // TODO: task 3: remember each row's cells; count the rows seen before.
    throw new UnsupportedOperationException(
        "09.composition-answers: CompositionAnswers.duplicates is not written yet; do task 3, then ./kit check 09.composition-answers");
  }

  /** Returns a line per label, most frequent first, shares of the labelled rows. */
  public static List<String> labels(Table table, String labelColumn) {
    // TODO: task 4: count the labels, sort by count then name.
    throw new UnsupportedOperationException(
        "09.composition-answers: CompositionAnswers.labels is not written yet; do task 4, then ./kit check 09.composition-answers");
  }

  /** Returns the earliest and latest date and the days between them, both included. */
  public static String timeframe(Table table, String dateColumn) {
    // TODO: task 5: the smallest and largest date, not the first and last row.
    throw new UnsupportedOperationException(
        "09.composition-answers: CompositionAnswers.timeframe is not written yet; do task 5, then ./kit check 09.composition-answers");
  }
}
