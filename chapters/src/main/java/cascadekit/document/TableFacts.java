package cascadekit.document;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What a lineage event tells about a table: its columns with their types (OpenLineage's schema
 * facet) and its row count and missing values per column (its data-quality-metrics facet).
 *
 * @param rowCount the number of rows
 * @param columns the columns, in the table's order
 */
public record TableFacts(long rowCount, List<ColumnFacts> columns) {
  /**
   * One column of a table.
   *
   * @param name the column's name
   * @param type Tablesaw's name of its type, such as {@code DOUBLE} or {@code LOCAL_DATE}
   * @param nullCount the number of missing values
   */
  public record ColumnFacts(String name, String type, long nullCount) {}

  /** Keeps an unmodifiable copy of {@code columns}. */
  public TableFacts {
    columns = List.copyOf(columns);
  }

  /** Returns the facts of {@code table}. */
  public static TableFacts of(Table table) {
    return new TableFacts(
        table.rowCount(),
        table.columns().stream()
            .map(c -> new ColumnFacts(c.name(), c.type().name(), c.countMissing()))
            .toList());
  }
}
