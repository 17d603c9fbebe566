package cascadekit.check;

import java.util.function.Consumer;

/**
 * Where a validation's rows come from: a layout known before any row, then the rows, once, in
 * order. A Tablesaw table is one source; a CSV file streamed record by record is another, so
 * the same checks run on data too big to hold as a table.
 */
interface RowSource {
  /** Returns the columns, read before any row. */
  RowLayout layout();

  /** Returns whether the source is known to hold no row. */
  boolean isEmpty();

  /** Hands every row, in order, to {@code visitor}, with ids from {@code idColumn} (null: row numbers). */
  void forEach(String idColumn, Consumer<RowView> visitor);
}
