package cascadekit.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A {@link RowView} that walks a Tablesaw table: one object, moved from row to row. */
final class TableRowView implements RowView {
  private final Column<?>[] columns;
  private final Table table;
  private final int idColumn;
  private Row row;
  private int index;

  /** Returns a view of {@code table} whose ids come from column {@code idColumn} (-1: row numbers). */
  TableRowView(Table table, int idColumn) {
    this.table = table;
    this.columns = table.columns().toArray(Column<?>[]::new);
    this.idColumn = idColumn;
  }

  /** Moves the view to row {@code index}. */
  void moveTo(int index) {
    this.index = index;
    if (row != null) {
      row.at(index);
    }
  }

  @Override
  public long index() {
    return index;
  }

  @Override
  public boolean isMissing(int column) {
    return columns[column].isMissing(index);
  }

  @Override
  public double number(int column) {
    return ((NumericColumn<?>) columns[column]).getDouble(index);
  }

  @Override
  public String text(int column) {
    Column<?> c = columns[column];
    return c instanceof StringColumn strings ? strings.get(index) : c.getUnformattedString(index);
  }

  @Override
  public Object key(int column) {
    return columns[column].get(index);
  }

  @Override
  public long epochSecond(int column) {
    Object value = columns[column].get(index);
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
    if (value instanceof LocalDateTime time) {
      return time.toEpochSecond(ZoneOffset.UTC);
    }
    return ((Instant) value).getEpochSecond();
  }

  @Override
  public int idColumn() {
    return idColumn;
  }

  @Override
  public String id() {
    return idColumn < 0 || isMissing(idColumn) ? Long.toString(index + 1L) : text(idColumn);
  }

  @Override
  public Row tablesawRow() {
    if (row == null) {
      row = new Row(table);
      row.at(index);
    }
    return row;
  }
}
