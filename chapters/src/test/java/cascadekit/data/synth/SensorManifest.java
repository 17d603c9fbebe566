package cascadekit.data.synth;

import java.time.YearMonth;
import java.util.List;

/**
 * Counts, batch by batch, the rows each injected defect touches, and returns the manifest of {@code
 * sensor-batches}: one row per month, column and kind, with the rows affected (from that month to
 * the end of the year for lasting drift) and the values before and after.
 */
final class SensorManifest {
  /** The manifest's header. */
  static final List<String> HEADER =
      List.of("month", "column", "defect", "rows", "clean_value", "dirty_value");

  private int servingRows;
  private int shiftedRows;
  private int noisyRows;
  private int newLineRows;
  private int staleRows;
  private int droppedRows;
  private String stuckTimestamp = "";

  /** Counts what the defects touch in the batch of {@code month}. */
  void count(YearMonth month, List<List<String>> rows) {
    servingRows += rows.size();
    if (!month.isBefore(SensorSampler.TEMPERATURE_SHIFT)) {
      shiftedRows += rows.size();
    }
    if (!month.isBefore(SensorSampler.VIBRATION_NOISE)) {
      noisyRows += rows.size();
    }
    newLineRows += (int) rows.stream().filter(row -> row.get(1).equals("D")).count();
    if (month.equals(SensorBatchesGenerator.STALE)) {
      staleRows = rows.size() - SensorBatchesGenerator.STALE_FROM_ROW - 1;
      stuckTimestamp = rows.get(rows.size() - 1).get(0);
    }
    if (month.equals(SensorBatchesGenerator.VOLUME_DROP)) {
      droppedRows = rows.size();
    }
  }

  /** Returns the manifest rows, in month order. */
  List<List<String>> rows() {
    return List.of(
        List.of(
            "2023-01",
            "humidity_pct",
            "training_serving_skew",
            "" + servingRows,
            "percent (10-90)",
            "fraction (0.10-0.90)"),
        List.of(
            SensorBatchesGenerator.STALE.toString(),
            "timestamp",
            "stale_timestamps",
            "" + staleRows,
            "advancing",
            stuckTimestamp),
        List.of(
            SensorSampler.TEMPERATURE_SHIFT.toString(),
            "temperature_c",
            "mean_shift",
            "" + shiftedRows,
            Draw.fixed(SensorSampler.TEMPERATURE_MEAN, 1),
            Draw.fixed(SensorSampler.TEMPERATURE_MEAN + SensorSampler.TEMPERATURE_OFFSET, 1)),
        List.of(
            SensorBatchesGenerator.VOLUME_DROP.toString(),
            "",
            "volume_drop",
            "" + droppedRows,
            "" + SensorBatchesGenerator.BATCH_ROWS,
            "" + droppedRows),
        List.of(
            SensorSampler.VIBRATION_NOISE.toString(),
            "vibration_mm_s",
            "variance_change",
            "" + noisyRows,
            "sd " + Draw.fixed(SensorSampler.VIBRATION_SD, 1),
            "sd " + Draw.fixed(2 * SensorSampler.VIBRATION_SD, 1)),
        List.of(
            SensorSampler.NEW_LINE.toString(),
            "line",
            "new_category",
            "" + newLineRows,
            "A|B|C",
            "D"));
  }
}
