package cascadekit.clean;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small visit tables for the cleaning toolbox's tests. */
final class Fixtures {
  private Fixtures() {}

  /** Returns a table of {@code id, name, height, weight, sex} tuples, one row each, named by visit_id. */
  static Table visits(Object[]... rows) {
    StringColumn id = StringColumn.create("visit_id");
    StringColumn name = StringColumn.create("name");
    DoubleColumn height = DoubleColumn.create("height_cm");
    DoubleColumn weight = DoubleColumn.create("weight_kg");
    StringColumn sex = StringColumn.create("sex");
    for (Object[] row : rows) {
      id.append((String) row[0]);
      name.append((String) row[1]);
      height.append((Double) row[2]);
      weight.append((Double) row[3]);
      sex.append((String) row[4]);
    }
    return Table.create("visits", id, name, height, weight, sex);
  }

  /** Returns one row's values as a tuple. */
  static Object[] visit(String id, String name, Double height, Double weight, String sex) {
    return new Object[] {id, name, height, weight, sex};
  }

  /** Returns the values of {@code column}, row by row, missing ones as null. */
  static List<Object> values(Table table, String column) {
    List<Object> values = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      values.add(Cells.value(table, column, row));
    }
    return values;
  }

  /** Returns the table's rows as lists of values, to compare two tables cell by cell. */
  static List<List<Object>> cells(Table table) {
    List<List<Object>> rows = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<Object> values = new ArrayList<>();
      for (String column : table.columnNames()) {
        values.add(Cells.value(table, column, row));
      }
      rows.add(values);
    }
    return rows;
  }
}
