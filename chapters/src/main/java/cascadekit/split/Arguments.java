package cascadekit.split;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Checks a split's arguments, failing with the argument's name and value. */
final class Arguments {
  private Arguments() {}

  /** Fails unless {@code value} is strictly between 0 and 1. */
  static void fraction(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
    }
  }

  /** Fails unless there are at least two folds. */
  static void folds(String name, int value) {
    if (value < 2) {
      throw new IllegalArgumentException(name + " must be at least 2, got " + value);
    }
  }

  /** Returns {@code table}'s column {@code name}, which plays {@code role}, or fails naming both. */
  static Column<?> column(Table table, String role, String name) {
    if (name == null || !table.columnNames().contains(name)) {
      throw new IllegalArgumentException(role + " column '" + name + "' is not in table '"
          + table.name() + "'; its columns are " + table.columnNames());
    }
    Column<?> column = table.column(name);
    for (int row = 0; row < column.size(); row++) {
      if (column.isMissing(row)) {
        throw new IllegalArgumentException(role + " column '" + name + "' of table '" + table.name()
            + "' has no value at row " + row + "; a split needs one on every row");
      }
    }
    return column;
  }
}
