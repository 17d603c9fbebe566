package cascadekit.clean;

import tech.tablesaw.api.Table;

/**
 * Reads one cell of a Tablesaw table as the cleaning steps and their audit entries see it: the
 * typed value, or null when it is missing (Tablesaw writes a missing text as "" and a missing
 * number as a sentinel). A table's first column names its rows ({@code visit_id}).
 */
public final class Cells {
  private Cells() {}

  /** Returns the value of {@code column} in row {@code row}; null when missing or not a column. */
  public static Object value(Table table, String column, int row) {
    if (!table.containsColumn(column) || table.column(column).isMissing(row)) {
      return null;
    }
    return table.column(column).get(row);
  }

  /** Returns the id of row {@code row}: its value in the first column. */
  public static String id(Table table, int row) {
    return table.column(0).getString(row);
  }

  /** Returns the index of the row with id {@code id}; throws when there is none. */
  public static int indexOf(Table table, String id) {
    int index = table.column(0).asList().indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("no row with " + table.column(0).name() + " " + id);
    }
    return index;
  }
}
