package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What each column of a training and a test table is to a leakage audit: the row id, the group a
 * row belongs to (an applicant), its time, the label, and the features a model learns from. Id,
 * group and time are optional (null when a table has none).
 *
 * <pre>{@code
 * ColumnRoles roles = ColumnRoles.of("defaulted", List.of("income", "purpose"))
 *     .withId("application_id").withGroup("applicant_id").withTime("applied_at");
 * }</pre>
 *
 * @param id the column naming each row, or null
 * @param group the column of the group a row belongs to, or null
 * @param time the column of the time a row was made, or null
 * @param label the column to predict
 * @param features the columns a model learns from
 */
public record ColumnRoles(String id, String group, String time, String label, List<String> features) {
  /** Refuses a missing label or no features. */
  public ColumnRoles {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label: a column name is needed, got " + label);
    }
    if (features == null || features.isEmpty()) {
      throw new IllegalArgumentException("features: at least one column is needed, got " + features);
    }
    features = List.copyOf(features);
  }

  /** Returns roles with a label and features, and no id, group or time column. */
  public static ColumnRoles of(String label, List<String> features) {
    return new ColumnRoles(null, null, null, label, features);
  }

  /** Returns these roles with {@code column} as the row id. */
  public ColumnRoles withId(String column) {
    return new ColumnRoles(column, group, time, label, features);
  }

  /** Returns these roles with {@code column} as the group. */
  public ColumnRoles withGroup(String column) {
    return new ColumnRoles(id, column, time, label, features);
  }

  /** Returns these roles with {@code column} as the time. */
  public ColumnRoles withTime(String column) {
    return new ColumnRoles(id, group, column, label, features);
  }

  /** Returns the columns a duplicate is judged on: group, features and label; never id or time. */
  public List<String> compared() {
    List<String> columns = new ArrayList<>();
    if (group != null) {
      columns.add(group);
    }
    columns.addAll(features);
    columns.add(label);
    return columns;
  }

  /** Returns the identifier columns present (id, group, time), which should not predict the label. */
  public List<String> identifiers() {
    List<String> columns = new ArrayList<>();
    for (String column : new String[] {id, group, time}) {
      if (column != null) {
        columns.add(column);
      }
    }
    return columns;
  }

  /** Refuses {@code table} (called {@code side}) when it lacks a column named here. */
  void requireColumns(Table table, String side) {
    List<String> named = new ArrayList<>(identifiers());
    named.addAll(compared());
    for (String column : named) {
      if (!table.containsColumn(column)) {
        throw new IllegalArgumentException(
            side + " table '" + table.name() + "' has no column '" + column + "'; it has " + table.columnNames());
      }
    }
  }
}
