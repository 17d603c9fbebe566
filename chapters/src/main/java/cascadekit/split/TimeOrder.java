package cascadekit.split;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A table's row numbers sorted by a time column, earliest first, equal times in row order. */
final class TimeOrder {
  private static final Set<ColumnType> TIMES = Set.of(ColumnType.LOCAL_DATE_TIME, ColumnType.LOCAL_DATE,
      ColumnType.INSTANT, ColumnType.INTEGER, ColumnType.LONG, ColumnType.SHORT, ColumnType.DOUBLE,
      ColumnType.FLOAT);

  private TimeOrder() {}

  /** Returns {@code table}'s row numbers in the order of {@code time}; text is refused. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int[] of(Table table, String time) {
    Column<?> column = Arguments.column(table, "time", time);
    if (!TIMES.contains(column.type())) {
      throw new IllegalArgumentException("time column '" + time + "' holds " + column.type().name()
          + ", which does not sort as time; load it as a date, a date-time or a number");
    }
    Comparator<Integer> byTime = Comparator.comparing(r -> (Comparable) column.get(r));
    Integer[] rows = IntStream.range(0, table.rowCount()).boxed().toArray(Integer[]::new);
    Arrays.sort(rows, byTime);
    return Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
  }
}
