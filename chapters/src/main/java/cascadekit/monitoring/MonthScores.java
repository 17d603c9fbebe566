package cascadekit.monitoring;

import cascadekit.data.SensorReading;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * Every score of one batch against the reference.
 *
 * @param month the batch's month
 * @param rows its rows
 * @param numeric the drift of each column of {@link SensorReading#NUMERIC}, in that order
 * @param line the drift of the {@code line} column
 * @param repeatedTimestamps how many timestamps did not advance
 * @param lag how long before the batch closed its newest reading was logged
 * @param longestGap the longest gap between two readings
 */
public record MonthScores(
    YearMonth month,
    long rows,
    List<NumericDrift> numeric,
    CategoryDrift line,
    long repeatedTimestamps,
    Duration lag,
    Duration longestGap) {

  /** Returns the drift of the numeric column named {@code column}. */
  public NumericDrift numeric(String column) {
    int i = SensorReading.NUMERIC.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no numeric column '" + column + "', only " + SensorReading.NUMERIC);
    }
    return numeric.get(i);
  }
}
