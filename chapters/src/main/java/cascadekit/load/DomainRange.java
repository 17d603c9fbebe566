package cascadekit.load;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The range a number column must fall in for a row to be real, known before any data (a field's
 * area is above zero, a farm lies inside its region), applied after loading: a kept row whose
 * value lies outside is quarantined with its line and the reason, never repaired. A missing value
 * is not outside; completeness is another rule's business.
 *
 * <pre>{@code
 * Loaded real = new DomainRange("lat", 5.5, 8.5, "the survey region").quarantine(loaded);
 * real.result().reconciliation();   // "1064 rows read = 1058 kept + 6 quarantined"
 * }</pre>
 *
 * @param column the number column
 * @param min the smallest real value
 * @param max the largest real value
 * @param why where the range comes from, for the reason
 */
public record DomainRange(String column, double min, double max, String why) {
  /** Refuses an empty range. */
  public DomainRange {
    if (!(min <= max)) {
      throw new IllegalArgumentException("range of '" + column + "' is empty: min " + min + " > max " + max);
    }
  }

  /** Returns {@code loaded} with every kept row whose value lies outside the range quarantined. */
  public Loaded quarantine(Loaded loaded) {
    List<Row> kept = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>(loaded.result().quarantined());
    Selection keep = Selection.with();
    List<Row> rows = loaded.result().kept();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!row.values().containsKey(column)) {
        throw new IllegalArgumentException("no column '" + column + "' in " + loaded.result().file());
      }
      if (row.get(column) instanceof Number value && (value.doubleValue() < min || value.doubleValue() > max)) {
        quarantined.add(new QuarantinedRow(row.line(), column, String.valueOf(value), reason()));
      } else {
        kept.add(row);
        keep.add(i);
      }
    }
    LoadResult<Row> result = new LoadResult<>(loaded.result().file(), loaded.result().rowsRead(), kept, quarantined);
    return new Loaded(result, loaded.repairs(), loaded.table().where(keep));
  }

  /** Returns the reason a quarantined row gets, e.g. {@code outside 5.5 to 8.5 (the survey region)}. */
  public String reason() {
    return "outside " + number(min) + " to " + number(max) + " (" + why + ")";
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }
}
