// Mistake: looks columns up with Tablesaw's containsColumn and column(name), which ignore case, so 'Age' passes for 'age'.
package cascadekit.ch06;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    // Exact names: Tablesaw's own lookups ignore case, and "Age" is not the column a model reads.
    Map<String, ColumnType> actual = new LinkedHashMap<>();
    table.columns().forEach(column -> actual.put(column.name(), column.type()));
    List<Finding> findings = new ArrayList<>();
    for (ColumnSpec spec : schema) {
      ColumnType type = table.containsColumn(spec.name()) ? table.column(spec.name()).type() : null;
      if (type == null) {
        findings.add(new Finding(Level.ERROR, Problem.MISSING, spec.name()));
      } else if (!type.equals(spec.type())) {
        findings.add(new Finding(Level.ERROR, Problem.WRONG_TYPE, spec.name()));
      }
    }
    Set<String> expected = schema.stream().map(ColumnSpec::name).collect(Collectors.toSet());
    actual.keySet().stream().filter(name -> !expected.contains(name))
        .forEach(name -> findings.add(new Finding(Level.WARN, Problem.EXTRA, name)));
    // Relative order only: an extra or a missing column must not shift every column after it.
    List<String> inTable = actual.keySet().stream().filter(expected::contains).toList();
    List<String> inSchema = schema.stream().map(ColumnSpec::name).filter(actual::containsKey).toList();
    for (int i = 0; i < inTable.size(); i++) {
      if (!inTable.get(i).equals(inSchema.get(i))) {
        findings.add(new Finding(Level.WARN, Problem.OUT_OF_ORDER, inTable.get(i)));
      }
    }
    return findings;
  }

  /** Returns FAILED with the counts when there is an error, else PASSED, with the warnings if any. */
  public static String verdict(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
    long warnings = findings.size() - errors;
    String warned = count(warnings, "warning");
    if (errors > 0) {
      return "FAILED: " + count(errors, "error") + (warnings > 0 ? ", " + warned : "");
    }
    return warnings > 0 ? "PASSED with " + warned : "PASSED";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
