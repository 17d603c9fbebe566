// Mistake: counts every row that has a twin, so a pair of copies counts as two duplicates.
package cascadekit.ch09;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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
    List<String> fields = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      fields.add(column.name() + " (" + column.type().name() + ")");
    }
    return List.of(
        "- Instances: " + table.rowCount() + " rows",
        "- Fields: " + table.columnCount() + ": " + String.join(", ", fields));
  }

  /** Returns a line per column with missing cells, blank strings counted as missing. */
  public static List<String> missing(Table table) {
    List<String> lines = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      int missing = 0;
      for (int row = 0; row < table.rowCount(); row++) {
        missing += isMissing(column, row) ? 1 : 0;
      }
      if (missing > 0) {
        lines.add("- Missing in " + column.name() + ": " + missing + " of " + table.rowCount()
            + " (" + percent(missing, table.rowCount()) + "%)");
      }
    }
    return lines.isEmpty() ? List.of("- Missing values: none") : lines;
  }

  /** Returns the line counting rows equal in every column to an earlier row. */
  public static String duplicates(Table table) {
    Map<List<Object>, Integer> copies = new HashMap<>();
    int duplicates = 0;
    for (int row = 0; row < table.rowCount(); row++) {
      List<Object> cells = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        cells.add(column.get(row));
      }
      copies.merge(cells, 1, Integer::sum);
    }
    for (int count : copies.values()) {
      duplicates += count > 1 ? count : 0;
    }
    return "- Exact duplicate rows: " + duplicates;
  }

  /** Returns a line per label, most frequent first, shares of the labelled rows. */
  public static List<String> labels(Table table, String labelColumn) {
    Column<?> column = table.column(labelColumn);
    Map<String, Integer> counts = new TreeMap<>();
    int labelled = 0;
    for (int row = 0; row < table.rowCount(); row++) {
      if (!isMissing(column, row)) {
        counts.merge(column.getString(row), 1, Integer::sum);
        labelled++;
      }
    }
    List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
    // a stable sort: labels with equal counts keep the TreeMap's alphabetical order
    byCount.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> label : byCount) {
      lines.add("- Label " + label.getKey() + ": " + label.getValue()
          + " (" + percent(label.getValue(), labelled) + "%)");
    }
    return lines;
  }

  /** Returns the earliest and latest date and the days between them, both included. */
  public static String timeframe(Table table, String dateColumn) {
    DateColumn dates = table.dateColumn(dateColumn);
    LocalDate first = null;
    LocalDate last = null;
    for (int row = 0; row < dates.size(); row++) {
      LocalDate date = dates.get(row);
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
    if (first == null) {
      return "- Collection timeframe: unknown (no dates)";
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    return "- Collection timeframe: " + first + " to " + last + " (" + days + " days)";
  }

  private static boolean isMissing(Column<?> column, int row) {
    return column.isMissing(row) || column instanceof StringColumn s && s.get(row).isBlank();
  }

  private static String percent(int count, int of) {
    return String.format(Locale.ROOT, "%.1f", 100.0 * count / of);
  }
}
