package cascadekit.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A cleaning step that turns the markers a source writes for "no value" ({@code -999},
 * {@code unknown}) into real missing values (null), so no later step counts them as data.
 *
 * <pre>{@code
 * Cleaned step = MissingMarkers.of("-999", "unknown").normalise(visits, List.of("age", "sex"));
 * }</pre>
 */
public final class MissingMarkers {
  /** The rule name of this step in the audit log. */
  public static final String RULE = "missing-markers";

  private final Set<String> markers;

  private MissingMarkers(Set<String> markers) {
    this.markers = markers;
  }

  /** Returns a step that reads {@code markers} as missing: text ignoring case, numbers by value. */
  public static MissingMarkers of(String... markers) {
    return new MissingMarkers(Set.of(markers));
  }

  /** Returns a copy of {@code table} with every marker in {@code columns} set missing, one change per cell. */
  public Cleaned normalise(Table table, List<String> columns) {
    List<AuditEntry> changes = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      for (String column : columns) {
        Object value = Cells.value(table, column, row);
        if (value != null && isMarker(value)) {
          changes.add(new AuditEntry(Cells.id(table, row), column, value, null, RULE));
        }
      }
    }
    return Cleaned.by(table, changes);
  }

  /** Returns whether {@code value} is one of the markers: -999.0 matches "-999", " Unknown" matches "unknown". */
  public boolean isMarker(Object value) {
    for (String marker : markers) {
      if (value instanceof Number number) {
        if (isNumber(marker) && Double.parseDouble(marker) == number.doubleValue()) {
          return true;
        }
      } else if (value.toString().strip().toLowerCase(Locale.ROOT).equals(marker.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
