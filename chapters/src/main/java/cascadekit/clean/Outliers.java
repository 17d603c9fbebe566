package cascadekit.clean;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Flags the rows whose value lies outside {@link Fences}, and a cleaning step that sets those
 * values missing, to be imputed, rather than guessing what they should have been.
 *
 * <pre>{@code
 * Fences robust = Fences.robustZ(Values.observed(visits, "weight_kg"), 3.5);
 * List<String> ids = Outliers.flag(visits, "weight_kg", robust);
 * Cleaned step = Outliers.setMissing(visits, "weight_kg", ids, "weight-outliers");
 * }</pre>
 */
public final class Outliers {
  private Outliers() {}

  /** Returns the ids of the rows whose {@code column} value is outside {@code fences}, in order. */
  public static List<String> flag(Table table, String column, Fences fences) {
    NumericColumn<?> values = table.numberColumn(column);
    Table outside = table.where(values.isNotMissing()
        .and(values.isLessThan(fences.lower()).or(values.isGreaterThan(fences.upper()))));
    return outside.column(0).asList().stream().map(Object::toString).toList();
  }

  /** Returns a copy of {@code table} with {@code column} set missing in the rows {@code ids}. */
  public static Cleaned setMissing(Table table, String column, List<String> ids, String rule) {
    List<AuditEntry> changes = new ArrayList<>();
    for (String id : ids) {
      Object before = Cells.value(table, column, Cells.indexOf(table, id));
      changes.add(new AuditEntry(id, column, before, null, rule));
    }
    return Cleaned.by(table, changes);
  }
}
