package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows of a table, each named by the value of an id column, that change only through
 * {@link AuditEntry audit entries}: {@link #apply} returns new rows and leaves these as they were,
 * so every change a cleaning step makes is one it logged.
 *
 * <pre>{@code
 * Rows visits = Rows.of("visit_id", loaded.result().kept());
 * Rows fixed = visits.apply(List.of(new AuditEntry("V00042", "height_cm", 1.72, 172.0, "height-metres")));
 * }</pre>
 */
public final class Rows {
  private final String idColumn;
  private final List<Row> list;
  private final Map<String, Row> byId;

  private Rows(String idColumn, List<Row> list, Map<String, Row> byId) {
    this.idColumn = idColumn;
    this.list = list;
    this.byId = byId;
  }

  /** Returns {@code rows} named by {@code idColumn}; refuses a missing or repeated id. */
  public static Rows of(String idColumn, List<Row> rows) {
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Row row : rows) {
      Object id = row.get(idColumn);
      if (id == null || byId.putIfAbsent(id.toString(), row) != null) {
        throw new IllegalArgumentException(
            "line " + row.line() + ": column '" + idColumn + "' must name each row once, found " + id);
      }
    }
    return new Rows(idColumn, List.copyOf(rows), byId);
  }

  /** Returns the rows, in file order. */
  public List<Row> list() {
    return list;
  }

  /** Returns the number of rows. */
  public int size() {
    return list.size();
  }

  /** Returns the id column's name. */
  public String idColumn() {
    return idColumn;
  }

  /** Returns the id of {@code row}. */
  public String id(Row row) {
    return row.get(idColumn).toString();
  }

  /** Returns the row with id {@code id}; throws when there is none. */
  public Row get(String id) {
    Row row = byId.get(id);
    if (row == null) {
      throw new IllegalArgumentException("no row with " + idColumn + " " + id);
    }
    return row;
  }

  /**
   * Returns new rows with {@code changes} applied in order. Each change must find the value it
   * says was there before: a change made to rows it was not computed on fails, naming the cell.
   */
  public Rows apply(List<AuditEntry> changes) {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    list.forEach(row -> {
      values.put(id(row), new LinkedHashMap<>(row.values()));
      lines.put(id(row), row.line());
    });
    for (AuditEntry change : changes) {
      if (change.rowId().equals(AuditEntry.ALL_ROWS)) {
        values.values().forEach(row -> column(row, change));
      } else if (change.column().equals(AuditEntry.WHOLE_ROW)) {
        wholeRow(values, lines, change);
      } else {
        Map<String, Object> row = values.get(change.rowId());
        if (row == null || !Objects.equals(row.get(change.column()), change.before())) {
          throw new IllegalStateException(change.rowId() + ", column '" + change.column() + "': expected "
              + change.before() + " before '" + change.rule() + "' but found "
              + (row == null ? "no such row" : row.get(change.column())) + "; was it changed by a later step?");
        }
        row.put(change.column(), change.after());
      }
    }
    List<Row> rows = new ArrayList<>();
    values.forEach((id, row) -> rows.add(new Row(lines.get(id), row)));
    rows.sort(Comparator.comparingLong(Row::line));
    return of(idColumn, rows);
  }

  private static void column(Map<String, Object> row, AuditEntry change) {
    if (change.after() == null) {
      row.remove(change.column());
    } else if (!row.containsKey(change.column())) {
      row.put(change.column(), change.after());
    }
  }

  private void wholeRow(Map<String, Map<String, Object>> values, Map<String, Long> lines, AuditEntry change) {
    if (change.after() == null) {
      if (values.remove(change.rowId()) == null) {
        throw new IllegalStateException(change.rowId() + ": cannot remove a row that is not there ('" + change.rule() + "')");
      }
    } else {
      Row row = (Row) change.after();
      values.put(change.rowId(), new LinkedHashMap<>(row.values()));
      lines.put(change.rowId(), row.line());
    }
  }
}
