package cascadekit.monitoring;

import cascadekit.data.SensorReading;
import cascadekit.data.SensorTable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One batch, counted in one pass against the reference: every numeric column's bins, KS counts
 * and moments, the categories of {@code line}, and the timestamps' freshness. Nothing of the
 * batch is kept but counts, so a million rows take no more memory than a thousand.
 */
public final class BatchWindow {
  private final YearMonth month;
  private final List<NumericProfile.Window> numeric;
  private final SortedMap<String, Long> referenceLines;
  private final SortedMap<String, Long> lines = new TreeMap<>();
  private final Freshness freshness = new Freshness();
  private long rows;

  BatchWindow(YearMonth month, List<NumericProfile> profiles, SortedMap<String, Long> referenceLines) {
    this.month = month;
    this.numeric = profiles.stream().map(NumericProfile::window).toList();
    this.referenceLines = referenceLines;
  }

  /** Counts one reading of the batch. */
  public void add(SensorReading reading) {
    count(reading::numeric, reading.productionLine(), reading.timestamp());
  }

  /** Counts every row of {@code batch}, a table with the columns of {@link SensorTable}, in order. */
  public void addAll(Table batch) {
    List<DoubleColumn> columns = SensorReading.NUMERIC.stream().map(batch::doubleColumn).toList();
    StringColumn line = batch.stringColumn(SensorReading.CATEGORY);
    DateTimeColumn timestamp = batch.dateTimeColumn(SensorTable.TIMESTAMP);
    for (int row = 0; row < batch.rowCount(); row++) {
      int r = row;
      count(i -> columns.get(i).getDouble(r), line.get(r), timestamp.get(r));
    }
  }

  private void count(IntToDoubleFunction numericColumn, String line, LocalDateTime timestamp) {
    rows++;
    for (int i = 0; i < numeric.size(); i++) {
      numeric.get(i).add(numericColumn.applyAsDouble(i));
    }
    lines.merge(line, 1L, Long::sum);
    freshness.add(timestamp);
  }

  /** Returns the batch's month. */
  public YearMonth month() {
    return month;
  }

  /** Returns the batch's scores against the reference. */
  public MonthScores scores() {
    if (rows == 0) {
      throw new IllegalStateException("the batch of " + month + " has no rows");
    }
    return new MonthScores(
        month,
        rows,
        numeric.stream().map(NumericProfile.Window::drift).toList(),
        CategoryDrift.of(referenceLines, lines),
        freshness.repeated(),
        freshness.lag(month.plusMonths(1).atDay(1).atStartOfDay()),
        freshness.longestGap());
  }
}
