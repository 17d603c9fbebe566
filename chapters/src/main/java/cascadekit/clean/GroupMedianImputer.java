package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cleaning step that fills missing values with the median of a group of similar rows (the same
 * patient's other visits, then the same sex, then all rows), and adds a missing-indicator column
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
   * Returns {@code rows} with each missing {@code column} value set to the median of the observed
   * values in its first group (by {@code groups}, in order) that has any, else of all rows; whole
   * numbers stay whole (rounded half up).
   */
  public static Cleaned impute(Rows rows, String column, List<String> groups, String rule) {
    List<Map<Object, double[]>> medians = new ArrayList<>();
    groups.forEach(group -> medians.add(observedBy(rows, column, group)));
    double overall = Values.median(Values.observed(rows.list(), column));
    boolean whole = rows.list().stream().map(r -> r.get(column)).filter(Objects::nonNull).findFirst()
        .map(v -> v instanceof Integer).orElse(false);
    String flag = indicator(column);
    List<AuditEntry> changes = new ArrayList<>();
    changes.add(new AuditEntry(AuditEntry.ALL_ROWS, flag, null, false, rule));
    for (Row row : rows.list()) {
      if (row.get(column) == null) {
        double value = overall;
        for (int g = 0; g < groups.size(); g++) {
          double[] observed = medians.get(g).get(row.get(groups.get(g)));
          if (observed != null) {
            value = Values.median(observed);
            break;
          }
        }
        Object imputed = whole ? (Object) (int) Math.round(value) : (Object) value;
        changes.add(new AuditEntry(rows.id(row), column, null, imputed, rule));
        changes.add(new AuditEntry(rows.id(row), flag, false, true, rule));
      }
    }
    return Cleaned.by(rows, changes);
  }

  /** Returns the observed values of {@code column} per value of {@code group}; rows without a group value are left out. */
  private static Map<Object, double[]> observedBy(Rows rows, String column, String group) {
    Map<Object, List<Row>> byGroup = new HashMap<>();
    rows.list().stream().filter(r -> r.get(group) != null && r.get(column) != null)
        .forEach(r -> byGroup.computeIfAbsent(r.get(group), k -> new ArrayList<>()).add(r));
    Map<Object, double[]> observed = new HashMap<>();
    byGroup.forEach((key, members) -> observed.put(key, Values.observed(members, column)));
    return observed;
  }
}
