// Mistake: sorts on completeness alone, so tied slices stay in order of first appearance, not by name.
package cascadekit.ch03;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countWithMissing;

import tech.tablesaw.api.DoubleColumn;
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
    // Tablesaw's count skips missing values, so it is the rows *with a value*; the rows
    // themselves are countWithMissing. summarize(...).by(...) returns a new table, so the
    // visits are never touched.
    Table counts = visits.summarize(valueColumn, countWithMissing, count).by(sliceColumn);
    DoubleColumn rows = counts.doubleColumn(1).copy().setName("rows");
    DoubleColumn present = counts.doubleColumn(2);
    // Every slice has at least one row (it exists because a row names it), so no 0 / 0 here.
    DoubleColumn completeness = present.divide(rows).setName("completeness");
    Table summary = Table.create(visits.name() + " by " + sliceColumn, counts.column(0).copy(), rows, completeness);
    // Groups come out in order of first appearance; the reader wants the worst slice on top, and
    // the name as tie-breaker makes the order the same on every run and every input order.
    return summary.sortOn("completeness");
  }

  /** Returns the summary's rows whose completeness is strictly below {@code threshold}. */
  public static Table below(Table summary, double threshold) {
    // Strictly below: a slice exactly at the threshold meets it. where(...) keeps the order.
    return summary.where(summary.doubleColumn("completeness").isLessThan(threshold));
  }
}
