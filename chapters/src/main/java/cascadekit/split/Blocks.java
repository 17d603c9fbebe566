package cascadekit.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table's rows in blocks of one column's value (a class or a group), the blocks in the order
 * their value first appears, the rows of each block ascending.
 */
final class Blocks {
  private final List<String> values;
  private final int[] blockOf;
  private final List<int[]> rows;

  private Blocks(List<String> values, int[] blockOf, List<int[]> rows) {
    this.values = values;
    this.blockOf = blockOf;
    this.rows = rows;
  }

  /** Returns {@code table}'s rows by the value of {@code column}, which plays {@code role}. */
  static Blocks of(Table table, String role, String column) {
    Column<?> values = Arguments.column(table, role, column);
    Map<String, List<Integer>> byValue = new LinkedHashMap<>();
    int[] blockOf = new int[values.size()];
    for (int row = 0; row < values.size(); row++) {
      List<Integer> block = byValue.computeIfAbsent(values.getString(row), v -> new ArrayList<>());
      block.add(row);
    }
    List<int[]> rows = new ArrayList<>();
    for (List<Integer> block : byValue.values()) {
      for (int row : block) {
        blockOf[row] = rows.size();
      }
      rows.add(block.stream().mapToInt(Integer::intValue).toArray());
    }
    return new Blocks(List.copyOf(byValue.keySet()), blockOf, rows);
  }

  /** Returns the number of blocks. */
  int count() {
    return values.size();
  }

  /** Returns block {@code b}'s value. */
  String value(int b) {
    return values.get(b);
  }

  /** Returns the rows of block {@code b}, ascending. */
  int[] rows(int b) {
    return rows.get(b).clone();
  }

  /** Returns the number of rows in block {@code b}. */
  int size(int b) {
    return rows.get(b).length;
  }

  /** Returns the block of {@code row}. */
  int blockOf(int row) {
    return blockOf[row];
  }

  /** Returns the sizes of the blocks, in block order. */
  int[] sizes() {
    return rows.stream().mapToInt(r -> r.length).toArray();
  }

  /** Returns, for each block of this, how many of its rows fall in each block of {@code classes}. */
  int[][] countsBy(Blocks classes) {
    int[][] counts = new int[count()][classes.count()];
    for (int row = 0; row < blockOf.length; row++) {
      counts[blockOf[row]][classes.blockOf(row)]++;
    }
    return counts;
  }

  /** Returns the number of rows. */
  int rowCount() {
    return blockOf.length;
  }
}
