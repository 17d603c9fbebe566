package cascadekit.check;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractAssert;
import tech.tablesaw.api.Table;

/**
 * AssertJ assertions for a table, so a data test reads and fails like any JUnit test. Each
 * assertion runs one constraint of a {@link Check} through a {@link ValidationSuite}; a failure
 * names the column, the rule, the measured value and the first failing row ids with their total.
 *
 * <pre>{@code
 * TableAssert.assertThat(visits).identifiedBy("visit_id")
 *     .hasRowCountBetween(100, 10_000)
 *     .column("age").isComplete().isBetween(0, 120);
 * // java.lang.AssertionError: column 'age': rule 'age is between 0 and 120' failed:
 * //   measured 0.996, expected >= 1; 12 failing rows of 3020, first: V00639, V01001, ...
 * }</pre>
 */
public class TableAssert extends AbstractAssert<TableAssert, Table> {
  private String idColumn;

  /** Returns assertions on {@code table}, whose failing rows are reported by 1-based row number until {@link #identifiedBy}. */
  public static TableAssert assertThat(Table table) {
    return new TableAssert(table);
  }

  TableAssert(Table table) {
    super(table, TableAssert.class);
  }

  /** Returns these assertions reporting failing rows by the values of {@code idColumn}. */
  public TableAssert identifiedBy(String idColumn) {
    this.idColumn = idColumn;
    return myself;
  }

  /** Asserts that the table has between {@code min} and {@code max} rows, both included. */
  public TableAssert hasRowCountBetween(long min, long max) {
    return holds(check -> check.hasRowCountBetween(min, max));
  }

  /** Returns assertions on {@code name}, a column of this table. */
  public ColumnAssert column(String name) {
    isNotNull();
    return new ColumnAssert(this, actual, name);
  }

  private TableAssert holds(UnaryOperator<Check> constraint) {
    failure(constraint).ifPresent(message -> failWithMessage("%s", message));
    return myself;
  }

  /** Returns the failure message of {@code constraint} run on the table, or empty when it holds. */
  Optional<String> failure(UnaryOperator<Check> constraint) {
    isNotNull();
    ValidationSuite suite = ValidationSuite.on(actual);
    if (idColumn != null) {
      suite = suite.idColumn(idColumn);
    }
    ValidationResult result = suite.addCheck(constraint.apply(Check.error("data test of " + actual.name()))).run();
    return result.failures().stream().findFirst().map(failed -> FailureMessage.of(failed, actual.rowCount()));
  }
}
