package cascadekit.split;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small tables for the split tests: row ids r0, r1, ..., a label, a group and a time. */
final class SplitTables {
  private SplitTables() {}

  /** Returns {@code n} rows with ids r0.. and times 0..n-1 in row order. */
  static Table rows(int n) {
    return Table.create("t",
        StringColumn.create("id", IntStream.range(0, n).mapToObj(i -> "r" + i).toArray(String[]::new)),
        IntColumn.create("t", IntStream.range(0, n).toArray()));
  }

  /** Returns rows with the given labels, ids r0.. in row order. */
  static Table labelled(String... labels) {
    Table table = rows(labels.length);
    return table.addColumns(StringColumn.create("label", labels));
  }

  /** Returns rows with the given labels and groups, ids r0.. in row order. */
  static Table grouped(String[] labels, String[] groups) {
    return labelled(labels).addColumns(StringColumn.create("group", groups));
  }

  /** Returns the ids of {@code table}'s rows, in order. */
  static List<String> ids(Table table) {
    return table.stringColumn("id").asList();
  }

  /** Returns the values of {@code column} in {@code table}'s rows, in order. */
  static List<String> values(Table table, String column) {
    return new ArrayList<>(table.stringColumn(column).asList());
  }

  /** Returns the row numbers (from the ids) of {@code table}'s rows, in order. */
  static List<Integer> numbers(Table table) {
    return ids(table).stream().map(id -> Integer.parseInt(id.substring(1))).toList();
  }
}
