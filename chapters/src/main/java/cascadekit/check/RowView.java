package cascadekit.check;

import tech.tablesaw.api.Row;

/**
 * One row as the validation engine reads it, whatever holds it: a Tablesaw table or a streamed CSV
 * record. Columns are addressed by their position in the {@link RowLayout}; the engine resolves
 * names once, before the first row. A missing cell is missing here whatever marker it had.
 */
interface RowView {
  /** Returns the row's 0-based position. */
  long index();

  /** Returns whether the cell of {@code column} is missing. */
  boolean isMissing(int column);

  /** Returns the cell of a numeric {@code column} as a double; only for a cell that is not missing. */
  double number(int column);

  /** Returns the cell of {@code column} as text; only for a cell that is not missing. */
  String text(int column);

  /** Returns the cell as a value to count and compare (equal cells give equal keys); only when not missing. */
  Object key(int column);

  /** Returns the cell of a date or time {@code column} as seconds since the epoch, local values read in UTC. */
  long epochSecond(int column);

  /** Returns {@link #key} as text: equal cells give equal texts. */
  default String keyText(int column) {
    Object key = key(column);
    return key instanceof String text ? text : key.toString();
  }

  /** Returns the position of the id column, or -1 when rows are named by their number. */
  int idColumn();

  /** Returns the row's id: the id column's text, or the 1-based row number. */
  String id();

  /** Returns the row as a Tablesaw row, for predicates written against Tablesaw. */
  Row tablesawRow();
}
