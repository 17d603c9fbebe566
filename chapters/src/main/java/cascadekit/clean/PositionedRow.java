package cascadekit.clean;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * A whole row an audit entry removed or put back, and where it stood in the table at that moment,
 * so that undoing the removal puts it back in its place.
 *
 * @param position the row's index (0-based) in the table it was removed from
 * @param row a one-row table holding its values
 */
public record PositionedRow(int position, Table row) {
  /** Returns the row as the audit log writes it, e.g. {@code row 3: V3|Jan Nowak|181.0|80.0|male}. */
  @Override
  public String toString() {
    return "row " + (position + 1) + ": " + IntStream.range(0, row.columnCount())
        .mapToObj(c -> AuditEntry.text(Cells.value(row, row.column(c).name(), 0)))
        .collect(Collectors.joining("|"));
  }
}
