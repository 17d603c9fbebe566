package cascadekit.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A cleaning step that removes exact duplicates: rows whose values are equal in every column but
 * the id, as when one visit is entered twice under two visit ids. It is Tablesaw's {@code
 * dropDuplicateRows()} on the table without its id column, but it keeps the ids: the first copy is
 * kept; each later copy is removed, and logged with its whole row so it can be put back.
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

  /** Returns a copy of {@code table} without the later copies of rows equal but for their id. */
  public static Cleaned remove(Table table) {
    Table values = table.rejectColumns(0);
    Set<List<Object>> seen = new HashSet<>();
    List<String> later = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<Object> key = new ArrayList<>();
      for (String column : values.columnNames()) {
        key.add(Cells.value(values, column, row));
      }
      if (!seen.add(key)) {
        later.add(Cells.id(table, row));
      }
    }
    return Cleaned.removing(table, later, RULE);
  }
}
