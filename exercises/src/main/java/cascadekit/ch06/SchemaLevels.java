package cascadekit.ch06;

import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Exercise 06.schema-levels: a schema check that fails on what breaks a model and warns on the rest.
 *
 * <p>Soda and Deequ let each schema rule fail or warn. A missing column or a column of the wrong
 * type breaks every step after loading: an ERROR. An extra column or a column out of place breaks
 * nothing that reads columns by name, but someone should know: a WARN. Names match exactly, case
 * included (mind that Tablesaw's {@code containsColumn} and {@code column(name)} ignore case).
 *
 * <p>Task 1. Return the findings, in this order: for each expected column in the schema's order,
 * {@code MISSING} or {@code WRONG_TYPE} (ERROR); then each column the schema does not name, in the
 * table's order, {@code EXTRA} (WARN); then {@code OUT_OF_ORDER} (WARN). For the order, list the
 * expected columns present in the table in the table's order and in the schema's order; each
 * position where the two lists differ is out of order, named by the table's column there.
 * <pre>{@code
 * findings(table [visit_date, visit_id, age (double), site], schema [visit_id, visit_date, age (integer)])
 * // => [ERROR WRONG_TYPE age, WARN EXTRA site, WARN OUT_OF_ORDER visit_date, WARN OUT_OF_ORDER visit_id]
 * }</pre>
 *
 * <p>Task 2. Return the verdict: {@code FAILED: 2 errors, 1 warning} when there is an error (the
 * warnings part only when there are warnings), {@code PASSED with 3 warnings} when there are only
 * warnings, {@code PASSED} when there is nothing; "1 error", "1 warning" in the singular.
 * <pre>{@code
 * verdict(the findings above)   // => "FAILED: 1 error, 3 warnings"
 * }</pre>
 */
public final class SchemaLevels {
  private SchemaLevels() {}

  /** How bad a finding is: only an ERROR fails the check. */
  public enum Level { ERROR, WARN }

  /** What is wrong with a column. */
  public enum Problem { MISSING, WRONG_TYPE, EXTRA, OUT_OF_ORDER }

  /** An expected column: its exact name and its Tablesaw type. */
  public record ColumnSpec(String name, ColumnType type) {}

  /** One thing wrong with one column, and how bad it is. */
  public record Finding(Level level, Problem problem, String column) {}

  /** Returns the findings of the schema check: errors by schema order, then extra, then order warnings. */
  public static List<Finding> findings(Table table, List<ColumnSpec> schema) {
    // TODO: task 1: compare names exactly, then types, then extra columns, then the relative order.
    throw new UnsupportedOperationException(
        "06.schema-levels: SchemaLevels.findings is not written yet; do task 1, then ./kit check 06.schema-levels");
  }

  /** Returns FAILED with the counts when there is an error, else PASSED, with the warnings if any. */
  public static String verdict(List<Finding> findings) {
    // TODO: task 2: count errors and warnings; only an error fails.
    throw new UnsupportedOperationException(
        "06.schema-levels: SchemaLevels.verdict is not written yet; do task 2, then ./kit check 06.schema-levels");
  }
}
