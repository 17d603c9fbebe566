package cascadekit.clean;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What one cleaning step gave: a new Tablesaw table and every change it made to get it. The
 * table it started from is left as it was; its first column names the rows the changes refer to.
 *
 * <pre>{@code
 * Cleaned step = ExactDuplicates.remove(visits);
 * step.table().rowCount();   // the rows kept
 * step.removed();            // a table of the rows it took out
 * }</pre>
 *
 * @param table the table after the step
 * @param changes the step's changes, in the order they were applied
 */
public record Cleaned(Table table, List<AuditEntry> changes) {
  /** Copies the changes so the record cannot change afterwards. */
  public Cleaned {
    changes = List.copyOf(changes);
  }

  /** Returns a copy of {@code table} with {@code changes} applied, and the changes. */
  public static Cleaned by(Table table, List<AuditEntry> changes) {
    return new Cleaned(TableEdits.apply(table, changes), changes);
  }

  /** Returns {@code table} without the rows {@code ids}, removed in order, each logged whole. */
  static Cleaned removing(Table table, List<String> ids, String rule) {
    List<AuditEntry> changes = new ArrayList<>();
    List<Object> remaining = new ArrayList<>(table.column(0).asList());
    for (String id : ids) {
      int position = remaining.indexOf(id);
      Table row = table.rows(Cells.indexOf(table, id));
      PositionedRow removed = new PositionedRow(position, row);
      changes.add(new AuditEntry(id, AuditEntry.WHOLE_ROW, removed, null, rule));
      remaining.remove(position);
    }
    return by(table, changes);
  }

  /** Returns the rows the step removed, in the order it removed them. */
  public Table removed() {
    Table removed = table.emptyCopy();
    changes.stream()
        .filter(c -> c.column().equals(AuditEntry.WHOLE_ROW) && c.after() == null)
        .forEach(c -> removed.append(((PositionedRow) c.before()).row()));
    return removed;
  }

  /** Returns the number of distinct rows the step changed, removed or inserted. */
  public long rowsTouched() {
    return changes.stream().map(AuditEntry::rowId).filter(id -> !id.equals(AuditEntry.ALL_ROWS)).distinct().count();
  }
}
