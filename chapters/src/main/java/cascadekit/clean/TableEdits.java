package cascadekit.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Applies audit entries to a copy of a table, the only way a cleaning step changes data. Each cell
 * entry must find the value it says was there before: an entry applied to a table it was not
 * computed on fails, naming the cell. An added column is a missing indicator: a {@code
 * BooleanColumn} holding the entry's {@code after} in every row.
 */
final class TableEdits {
  private TableEdits() {}

  /** Returns a copy of {@code table} with {@code changes} applied in order. */
  static Table apply(Table table, List<AuditEntry> changes) {
    Table result = table.copy();
    Map<Object, Integer> rows = null;
    for (AuditEntry change : changes) {
      if (change.rowId().equals(AuditEntry.ALL_ROWS)) {
        result = column(result, change);
      } else if (change.column().equals(AuditEntry.WHOLE_ROW)) {
        result = wholeRow(result, change);
        rows = null;
      } else {
        rows = rows == null ? rowIndex(result) : rows;
        cell(result, change, rows.getOrDefault(change.rowId(), -1));
      }
    }
    return result;
  }

  /** Returns the position of each row by its id, the first one where an id repeats. */
  private static Map<Object, Integer> rowIndex(Table table) {
    Map<Object, Integer> rows = new HashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      rows.putIfAbsent(table.column(0).get(row), row);
    }
    return rows;
  }

  private static void cell(Table table, AuditEntry change, int row) {
    Object found = row < 0 ? "no such row" : Cells.value(table, change.column(), row);
    if (row < 0 || !Objects.equals(found, change.before())) {
      throw new IllegalStateException(change.rowId() + ", column '" + change.column() + "': expected "
          + change.before() + " before '" + change.rule() + "' but found " + found
          + "; was it changed by a later step?");
    }
    @SuppressWarnings("unchecked")
    Column<Object> column = (Column<Object>) table.column(change.column());
    if (change.after() == null) {
      column.setMissing(row);
    } else {
      column.set(row, change.after());
    }
  }

  private static Table column(Table table, AuditEntry change) {
    if (change.after() == null) {
      return table.removeColumns(change.column());
    }
    if (!table.containsColumn(change.column())) {
      BooleanColumn added = BooleanColumn.create(change.column(), table.rowCount());
      for (int row = 0; row < table.rowCount(); row++) {
        added.set(row, (Boolean) change.after());
      }
      table.addColumns(added);
    }
    return table;
  }

  private static Table wholeRow(Table table, AuditEntry change) {
    if (change.after() == null) {
      int row = table.column(0).asList().indexOf(change.rowId());
      if (row < 0) {
        throw new IllegalStateException(
            change.rowId() + ": cannot remove a row that is not there ('" + change.rule() + "')");
      }
      return table.dropRows(row);
    }
    PositionedRow inserted = (PositionedRow) change.after();
    Table result = table.emptyCopy();
    for (int row = 0; row <= table.rowCount(); row++) {
      if (row == inserted.position()) {
        result.addRow(0, inserted.row());
      }
      if (row < table.rowCount()) {
        result.addRow(row, table);
      }
    }
    return result;
  }
}
