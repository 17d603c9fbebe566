package cascadekit.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A cleaning step that fills missing values with the median of a group of similar rows (the same
 * patient's other visits, then the same sex, then all rows), found with Tablesaw's
 * {@code summarize(column, median).by(group)}, and adds a missing-indicator column
 * {@code <column>_missing}, true where a value was imputed, so a model can still tell a measured
 * value from a filled one. The median, unlike the mean, is not dragged by the outliers a group
 * may hold. Imputing assumes the values are missing at random given the groups (MAR); when the
 * missingness depends on the value itself (MNAR) no group median recovers it.
 *
 * <pre>{@code
 * Cleaned step = GroupMedianImputer.impute(visits, "height_cm", List.of("patient_id", "sex"), "impute-height");
 * }</pre>
 */
public final class GroupMedianImputer {
  private GroupMedianImputer() {}

  /** Returns the name of the missing-indicator column of {@code column}. */
  public static String indicator(String column) {
    return column + "_missing";
  }

  /**
   * Returns a copy of {@code table} with each missing {@code column} value set to the median of the
   * observed values in its first group (by {@code groups}, in order) that has any, else of all
   * rows; whole numbers stay whole (rounded half up).
   */
  public static Cleaned impute(Table table, String column, List<String> groups, String rule) {
    List<Map<Object, Double>> medians = new ArrayList<>();
    groups.forEach(group -> medians.add(mediansBy(table, column, group)));
    double overall = Values.median(Values.observed(table, column));
    boolean whole = table.column(column) instanceof IntColumn;
    String flag = indicator(column);
    List<AuditEntry> changes = new ArrayList<>();
    changes.add(new AuditEntry(AuditEntry.ALL_ROWS, flag, null, false, rule));
    for (int row = 0; row < table.rowCount(); row++) {
      if (table.column(column).isMissing(row)) {
        double value = overall;
        for (int g = 0; g < groups.size(); g++) {
          Double median = medians.get(g).get(Cells.value(table, groups.get(g), row));
          if (median != null) {
            value = median;
            break;
          }
        }
        Object imputed = whole ? (Object) (int) Math.round(value) : (Object) value;
        changes.add(new AuditEntry(Cells.id(table, row), column, null, imputed, rule));
        changes.add(new AuditEntry(Cells.id(table, row), flag, false, true, rule));
      }
    }
    return Cleaned.by(table, changes);
  }

  /** Returns the median of the observed {@code column} values per value of {@code group}. */
  private static Map<Object, Double> mediansBy(Table table, String column, String group) {
    Table observed =
        table.where(table.column(column).isNotMissing().and(table.column(group).isNotMissing()));
    Table summary = observed.summarize(column, AggregateFunctions.median).by(group);
    Map<Object, Double> medians = new HashMap<>();
    for (int row = 0; row < summary.rowCount(); row++) {
      medians.put(summary.column(group).get(row), summary.doubleColumn(1).getDouble(row));
    }
    return medians;
  }
}
