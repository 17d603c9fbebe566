package cascadekit.data;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Schema;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code sensor-batches} dataset: its files, its reader and the schema of its manifest. A
 * row with a value that does not parse is quarantined with its line and column, never dropped.
 * {@link Datasets#sensorTraining()} and {@link Datasets#sensorBatch(YearMonth)} load it.
 *
 * <pre>{@code
 * LoadResult<SensorReading> july = SensorBatches.read(Datasets.path(SensorBatches.file(month)));
 * SensorBatches.stream(bigFile, Dialect.csv(), window::add, bad -> {});   // one pass, no rows kept
 * }</pre>
 */
public final class SensorBatches {
  /** The training window, relative to {@code datasets/}. */
  public static final String TRAINING = "sensor-batches/training.csv";

  /** The manifest: which month and column carry which injected defect, relative to {@code datasets/}. */
  public static final String MANIFEST = "sensor-batches/manifest.csv";

  /** The first and last serving months. */
  public static final YearMonth FIRST = YearMonth.of(2023, 1);

  public static final YearMonth LAST = YearMonth.of(2023, 12);

  private SensorBatches() {}

  /** Returns the path of {@code month}'s batch, relative to {@code datasets/}. */
  public static String file(YearMonth month) {
    return "sensor-batches/batches/" + month + ".csv";
  }

  /** Returns the serving months, in order. */
  public static List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Returns the manifest's schema: the month, the column (empty for a whole batch), the defect. */
  public static Schema manifestSchema() {
    return Schema.of(
        Column.of("month", ColumnType.TEXT).required(),
        Column.of("column", ColumnType.TEXT),
        Column.of("defect", ColumnType.TEXT).required(),
        Column.of("rows", ColumnType.INTEGER).required(),
        Column.of("clean_value", ColumnType.TEXT),
        Column.of("dirty_value", ColumnType.TEXT));
  }

  /** Returns every row of {@code file}: parsed rows kept, the others quarantined. */
  public static LoadResult<SensorReading> read(Path file) {
    List<SensorReading> kept = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>();
    long read = stream(file, Dialect.csv(), kept::add, quarantined::add);
    return new LoadResult<>(file.getFileName().toString(), read, kept, quarantined);
  }

  /**
   * Returns the number of rows read from {@code file} in {@code dialect}, handing each one to
   * {@code kept} or to {@code quarantined} as it goes: one pass, nothing held in memory.
   */
  public static long stream(
      Path file, Dialect dialect, Consumer<SensorReading> kept, Consumer<QuarantinedRow> quarantined) {
    return CsvReader.of(dialect).forEach(file, row -> parse(row, dialect, kept, quarantined));
  }

  private static void parse(
      CsvRow row, Dialect dialect, Consumer<SensorReading> kept, Consumer<QuarantinedRow> quarantined) {
    long line = row.line();
    if (!row.isComplete()) {
      quarantined.accept(new QuarantinedRow(line, "", row.raw(dialect.delimiter()), row.raggedReason()));
      return;
    }
    String column = "timestamp";
    try {
      LocalDateTime at = LocalDateTime.parse(row.get(column));
      column = "temperature_c";
      double temperature = finite(row.get(column));
      column = "vibration_mm_s";
      double vibration = finite(row.get(column));
      column = "pressure_kpa";
      double pressure = finite(row.get(column));
      column = "humidity_pct";
      double humidity = finite(row.get(column));
      column = "failure";
      int failure = Integer.parseInt(row.get(column));
      kept.accept(new SensorReading(line, at, row.get("line"), temperature, vibration, pressure, humidity, failure));
    } catch (DateTimeParseException | NumberFormatException e) {
      quarantined.accept(new QuarantinedRow(line, column, row.get(column), "not a valid value in " + row.file()));
    }
  }

  /** Returns {@code text} as a finite number; NaN, infinities and 1e309 are not readings. */
  private static double finite(String text) {
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new NumberFormatException("not a finite number: " + text);
    }
    return value;
  }
}
