package cascadekit.data;

import java.util.List;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sensor readings as a Tablesaw {@link Table}, the dataframe the monitoring stage compares: the
 * columns {@code timestamp}, {@code line}, the four of {@link SensorReading#NUMERIC} and {@code
 * failure}, one row per reading in the order given.
 *
 * <pre>{@code
 * Table july = SensorTable.of("2023-07", Datasets.sensorBatch(YearMonth.of(2023, 7)).kept());
 * }</pre>
 */
public final class SensorTable {
  /** The timestamp column. */
  public static final String TIMESTAMP = "timestamp";

  private SensorTable() {}

  /** Returns a table named {@code name} of {@code readings}, in their order. */
  public static Table of(String name, List<SensorReading> readings) {
    DateTimeColumn timestamp = DateTimeColumn.create(TIMESTAMP);
    StringColumn line = StringColumn.create(SensorReading.CATEGORY);
    List<DoubleColumn> numeric = SensorReading.NUMERIC.stream().map(DoubleColumn::create).toList();
    IntColumn failure = IntColumn.create("failure");
    for (SensorReading r : readings) {
      timestamp.append(r.timestamp());
      line.append(r.productionLine());
      for (int i = 0; i < numeric.size(); i++) {
        numeric.get(i).append(r.numeric(i));
      }
      failure.append(r.failure());
    }
    Table table = Table.create(name, timestamp, line);
    numeric.forEach(table::addColumns);
    return table.addColumns(failure);
  }
}
