package cascadekit.clean;

/**
 * One change a cleaning step made: which row, which column, the value before and after, and the
 * rule that made it. Three kinds, told apart by their fields:
 *
 * <ul>
 *   <li>a cell: {@code rowId} and {@code column} name it; {@code before} and {@code after} are values;
 *   <li>a whole row: {@code column} is {@link #WHOLE_ROW}; a removed row has its
 *       {@link PositionedRow} as {@code before} and null {@code after} (an inserted row the reverse);
 *   <li>a whole column: {@code rowId} is {@link #ALL_ROWS}; an added column has null {@code before}
 *       and its starting value as {@code after} (a removed column the reverse).
 * </ul>
 *
 * <pre>{@code
 * new AuditEntry("V00042", "height_cm", 1.72, 172.0, "height-metres");
 * }</pre>
 *
 * @param rowId the id of the row changed, or {@link #ALL_ROWS}
 * @param column the column changed, or {@link #WHOLE_ROW}
 * @param before the value before (null: missing, or no such row or column yet)
 * @param after the value after (null: missing, or the row or column removed)
 * @param rule the rule that made the change; one name per step, so a step can be undone
 */
public record AuditEntry(String rowId, String column, Object before, Object after, String rule) {
  /** The {@code column} of an entry about a whole row. */
  public static final String WHOLE_ROW = "";

  /** The {@code rowId} of an entry about a whole column. */
  public static final String ALL_ROWS = "*";

  /** Returns the entry that undoes this one: before and after swapped. */
  public AuditEntry inverse() {
    return new AuditEntry(rowId, column, after, before, rule);
  }

  /** Returns whether this entry is about one cell, not a whole row or column. */
  public boolean isCell() {
    return !rowId.equals(ALL_ROWS) && !column.equals(WHOLE_ROW);
  }

  /** Returns the entry as one line, e.g. {@code V00042, column 'height_cm': 1.72 -> 172.0 (height-metres)}. */
  @Override
  public String toString() {
    String where = rowId.equals(ALL_ROWS) ? "all rows" : rowId;
    where += column.equals(WHOLE_ROW) ? ", whole row" : ", column '" + column + "'";
    return where + ": " + text(before) + " -> " + text(after) + " (" + rule + ")";
  }

  /** Returns {@code value} as the audit log writes it: empty for null, a row as its values. */
  static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
