package cascadekit.check;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Small helpers for the check tests: a table of columns, and the one result of a one-constraint check. */
final class Runs {
  private Runs() {}

  /** Returns a table named "t" of {@code columns}. */
  static Table table(Column<?>... columns) {
    return Table.create("t", columns);
  }

  /** Returns the only result of running {@code check}, which holds one constraint, on {@code table}. */
  static ConstraintResult only(Table table, Check check) {
    return ValidationSuite.on(table).addCheck(check).run().results().get(0);
  }
}
