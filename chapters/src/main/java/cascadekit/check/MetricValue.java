package cascadekit.check;

/**
 * One figure measured on a batch: a table's {@code rows}, or a column's {@code mean}.
 *
 * <pre>{@code
 * MetricValue.ofTable("rows", 1000);                // key() => rows
 * new MetricValue("mean", "pressure_kpa", 101.3);     // key() => mean(pressure_kpa)
 * }</pre>
 *
 * @param name what was measured, such as {@code rows} or {@code mean}
 * @param column the column measured, or null for a figure of the whole table
 * @param value the figure, finite (a metrics file holds JSON numbers, which have no NaN)
 */
public record MetricValue(String name, String column, double value) {
  /** Refuses a blank name or column and a value that is not finite. */
  public MetricValue {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a metric needs a name, got '" + name + "'");
    }
    if (column != null && column.isBlank()) {
      throw new IllegalArgumentException("metric " + name + ": column is blank; use null for the whole table");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("metric " + key(name, column) + " is " + value + ", not a finite number");
    }
  }

  /** Returns a figure of the whole table, such as its row count. */
  public static MetricValue ofTable(String name, double value) {
    return new MetricValue(name, null, value);
  }

  /** Returns {@code name(column)}, or the name alone for a figure of the whole table. */
  public String key() {
    return key(name, column);
  }

  private static String key(String name, String column) {
    return column == null ? name : name + "(" + column + ")";
  }
}
