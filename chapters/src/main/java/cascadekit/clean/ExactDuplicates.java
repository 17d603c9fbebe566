package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cleaning step that removes exact duplicates: rows whose values are equal in every column but
 * the id, as when one visit is entered twice under two visit ids. The first copy is kept; each
 * later copy is removed, and logged with its whole row so it can be put back.
 *
 * <pre>{@code
 * Cleaned step = ExactDuplicates.remove(visits);
 * step.removed();   // the rows removed: one per extra copy, never the first
 * }</pre>
 */
public final class ExactDuplicates {
  /** The rule name of this step in the audit log. */
  public static final String RULE = "exact-duplicates";

  private ExactDuplicates() {}

  /** Returns {@code rows} without the later copies of rows equal but for their id. */
  public static Cleaned remove(Rows rows) {
    Map<Map<String, Object>, String> first = new HashMap<>();
    List<AuditEntry> changes = new ArrayList<>();
    for (Row row : rows.list()) {
      Map<String, Object> key = new LinkedHashMap<>(row.values());
      key.remove(rows.idColumn());
      if (first.putIfAbsent(key, rows.id(row)) != null) {
        changes.add(new AuditEntry(rows.id(row), AuditEntry.WHOLE_ROW, row, null, RULE));
      }
    }
    return Cleaned.by(rows, changes);
  }
}
