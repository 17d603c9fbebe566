package cascadekit.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds a typed Tablesaw table from loaded rows: one column per schema column. */
final class TableBuilder {
  private TableBuilder() {}

  /** Returns a table named {@code name} of {@code rows}, typed as {@code schema} declares. */
  static Table build(String name, Schema schema, List<Row> rows) {
    Table table = Table.create(name);
    for (cascadekit.load.Column declared : schema.columns()) {
      table.addColumns(column(declared, rows));
    }
    return table;
  }

  private static Column<?> column(cascadekit.load.Column declared, List<Row> rows) {
    String name = declared.name();
    switch (declared.type()) {
      case INTEGER -> {
        IntColumn column = IntColumn.create(name);
        rows.forEach(r -> append(column, (Integer) r.get(name)));
        return column;
      }
      case DECIMAL -> {
        DoubleColumn column = DoubleColumn.create(name);
        rows.forEach(r -> append(column, (Double) r.get(name)));
        return column;
      }
      case DATE -> {
        DateColumn column = DateColumn.create(name);
        rows.forEach(r -> append(column, (LocalDate) r.get(name)));
        return column;
      }
      case DATETIME -> {
        DateTimeColumn column = DateTimeColumn.create(name);
        rows.forEach(r -> append(column, (LocalDateTime) r.get(name)));
        return column;
      }
      default -> {
        StringColumn column = StringColumn.create(name);
        rows.forEach(r -> append(column, (String) r.get(name)));
        return column;
      }
    }
  }

  private static <T> void append(Column<T> column, T value) {
    if (value == null) {
      column.appendMissing();
    } else {
      column.append(value);
    }
  }
}
