package cascadekit.check;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table of one row, refilled from each streamed record that a row predicate reads, so
 * a {@code satisfies} rule written against Tablesaw rows also runs on a CSV stream.
 */
final class OneRowTable {
  private final RowLayout layout;
  private final Table table;
  private final Row row;

  OneRowTable(RowLayout layout) {
    this.layout = layout;
    this.table = Table.create(layout.source());
    for (int i = 0; i < layout.names().size(); i++) {
      String name = layout.names().get(i);
      String type = layout.types().get(i).name();
      Column<?> column = type.equals("INTEGER") ? IntColumn.create(name)
          : type.equals("DOUBLE") ? DoubleColumn.create(name)
          : type.equals("LOCAL_DATE") ? DateColumn.create(name)
          : type.equals("LOCAL_DATE_TIME") ? DateTimeColumn.create(name) : StringColumn.create(name);
      table.addColumns(column.appendMissing());
    }
    this.row = new Row(table);
    row.at(0);
  }

  /** Returns the one row, holding the cells of {@code record}. */
  Row fill(CsvRecordView record) {
    for (int i = 0; i < layout.names().size(); i++) {
      Column<?> column = table.column(i);
      if (record.isMissing(i)) {
        column.setMissing(0);
      } else if (column instanceof IntColumn ints) {
        ints.set(0, (int) record.number(i));
      } else if (column instanceof DoubleColumn doubles) {
        doubles.set(0, record.number(i));
      } else if (column instanceof DateColumn dates) {
        dates.set(0, record.date(i));
      } else if (column instanceof DateTimeColumn times) {
        times.set(0, record.dateTime(i));
      } else {
        ((StringColumn) column).set(0, record.text(i));
      }
    }
    return row;
  }
}
