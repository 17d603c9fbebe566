package cascadekit.ch03;

import tech.tablesaw.api.Table;

/**
 * Exercise 03.slice-summary: rows and completeness per slice, as one Tablesaw table.
 *
 * <p>A data scientist profiles slices with a group-by, not a loop: {@code
 * table.summarize(column, functions...).by(slice)} gives one row per slice. Here the table holds
 * lab visits, one row each, with a slice column (the clinic) and a numeric column that may be
 * missing (HbA1c). Mind what Tablesaw's {@code count} counts.
 *
 * <p>Task 1. Return a new table with one row per slice and three columns, in this order: the slice
 * column (same name), {@code rows} (the slice's rows) and {@code completeness} (rows with a value
 * / rows). Worst completeness first, ties by slice name. Leave {@code visits} as it was.
 * <pre>{@code
 * summary(Oslo 5.1, Oslo (missing), Malmö 6.0, Bergen (missing), "clinic", "hba1c")
 * // => Bergen 1 0.0 / Oslo 2 0.5 / Malmö 1 1.0
 * }</pre>
 *
 * <p>Task 2. From such a summary, return the rows whose completeness is strictly below {@code
 * threshold}, in the summary's order: a slice exactly at the threshold meets it.
 * <pre>{@code
 * below(the summary above, 0.5)   // => Bergen 1 0.0
 * }</pre>
 */
public final class SliceSummary {
  private SliceSummary() {}

  /** Returns one row per slice: the slice, its rows and its completeness, worst first. */
  public static Table summary(Table visits, String sliceColumn, String valueColumn) {
    // TODO: task 1: summarize the value column by the slice column, then add completeness and sort.
    throw new UnsupportedOperationException(
        "03.slice-summary: SliceSummary.summary is not written yet; do task 1, then ./kit check 03.slice-summary");
  }

  /** Returns the summary's rows whose completeness is strictly below {@code threshold}. */
  public static Table below(Table summary, double threshold) {
    // TODO: task 2: keep the rows where the completeness column is less than the threshold.
    throw new UnsupportedOperationException(
        "03.slice-summary: SliceSummary.below is not written yet; do task 2, then ./kit check 03.slice-summary");
  }
}
