package cascadekit.check;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractAssert;
import tech.tablesaw.api.Table;

/**
 * AssertJ assertions on one column of a table, reached by {@link TableAssert#column}. Each runs
 * the {@link Check} constraint of the same name; chain them, or move on with {@link #column}.
 *
 * <pre>{@code
 * TableAssert.assertThat(visits).identifiedBy("visit_id")
 *     .column("visit_id").isComplete().isUnique().matches("V\\d{5}")
 *     .column("sex").isContainedIn(Set.of("F", "M"), 0.99);
 * }</pre>
 */
public class ColumnAssert extends AbstractAssert<ColumnAssert, Table> {
  private final TableAssert table;
  private final String column;

  ColumnAssert(TableAssert table, Table actual, String column) {
    super(actual, ColumnAssert.class);
    this.table = table;
    this.column = column;
    if (table.info.description() != null) {
      info.description(table.info.description());
    }
  }

  /** Returns assertions on another column of the same table. */
  public ColumnAssert column(String name) {
    return table.column(name);
  }

  /** Asserts that no value is missing. */
  public ColumnAssert isComplete() {
    return holds(check -> check.isComplete(column));
  }

  /** Asserts that at least {@code share} of the rows have a value. */
  public ColumnAssert hasCompletenessAtLeast(double share) {
    return holds(check -> check.hasCompletenessAtLeast(column, share));
  }

  /** Asserts that no value occurs twice. */
  public ColumnAssert isUnique() {
    return holds(check -> check.isUnique(column));
  }

  /** Asserts that every present value is one of {@code values}. */
  public ColumnAssert isContainedIn(Set<String> values) {
    return holds(check -> check.isContainedIn(column, values));
  }

  /** Asserts that at least {@code mostly} of the present values are among {@code values}. */
  public ColumnAssert isContainedIn(Set<String> values, double mostly) {
    return holds(check -> check.isContainedIn(column, values, mostly));
  }

  /** Asserts that every present value is between {@code min} and {@code max}, both included. */
  public ColumnAssert isBetween(double min, double max) {
    return holds(check -> check.isBetween(column, min, max));
  }

  /** Asserts that no present value is below 0. */
  public ColumnAssert isNonNegative() {
    return holds(check -> check.isNonNegative(column));
  }

  /** Asserts that every present value matches {@code regex} as a whole. */
  public ColumnAssert matches(String regex) {
    return holds(check -> check.matches(column, regex));
  }

  private ColumnAssert holds(UnaryOperator<Check> constraint) {
    table.failure(constraint).ifPresent(message -> failWithMessage("%s", message));
    return myself;
  }
}
