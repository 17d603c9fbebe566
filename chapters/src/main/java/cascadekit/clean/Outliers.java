package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags the rows whose value lies outside {@link Fences}, and a cleaning step that sets those
 * values missing, to be imputed, rather than guessing what they should have been.
 *
 * <pre>{@code
 * List<String> ids = Outliers.flag(visits, "weight_kg", Fences.robustZ(Values.observed(visits.list(), "weight_kg"), 3.5));
 * Cleaned step = Outliers.setMissing(visits, "weight_kg", ids, "weight-outliers");
 * }</pre>
 */
public final class Outliers {
  private Outliers() {}

  /** Returns the ids of the rows whose {@code column} value is outside {@code fences}, in order. */
  public static List<String> flag(Rows rows, String column, Fences fences) {
    List<String> ids = new ArrayList<>();
    for (Row row : rows.list()) {
      double value = Values.number(row, column);
      if (!Double.isNaN(value) && fences.isOutside(value)) {
        ids.add(rows.id(row));
      }
    }
    return ids;
  }

  /** Returns {@code rows} with {@code column} set missing in the rows {@code ids}, one change each. */
  public static Cleaned setMissing(Rows rows, String column, List<String> ids, String rule) {
    List<AuditEntry> changes = new ArrayList<>();
    ids.forEach(id -> changes.add(new AuditEntry(id, column, rows.get(id).get(column), null, rule)));
    return Cleaned.by(rows, changes);
  }
}
