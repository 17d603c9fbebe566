package cascadekit.clean;

import cascadekit.load.Row;
import java.util.List;

/**
 * What one cleaning step gave: the new rows and every change it made to get them. The rows it
 * started from are left as they were.
 *
 * @param rows the rows after the step
 * @param changes the step's changes, in the order they were applied
 */
public record Cleaned(Rows rows, List<AuditEntry> changes) {
  /** Copies the changes so the record cannot change afterwards. */
  public Cleaned {
    changes = List.copyOf(changes);
  }

  /** Returns {@code rows} with {@code changes} applied, and the changes. */
  public static Cleaned by(Rows rows, List<AuditEntry> changes) {
    return new Cleaned(rows.apply(changes), changes);
  }

  /** Returns the rows the step removed, in the order it removed them. */
  public List<Row> removed() {
    return changes.stream()
        .filter(c -> c.column().equals(AuditEntry.WHOLE_ROW) && c.after() == null)
        .map(c -> (Row) c.before())
        .toList();
  }

  /** Returns the number of distinct rows the step changed, removed or inserted. */
  public long rowsTouched() {
    return changes.stream().map(AuditEntry::rowId).filter(id -> !id.equals(AuditEntry.ALL_ROWS)).distinct().count();
  }
}
