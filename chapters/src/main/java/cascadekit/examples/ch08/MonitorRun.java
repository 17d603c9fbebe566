package cascadekit.examples.ch08;

import cascadekit.data.Datasets;
import cascadekit.data.SensorBatches;
import cascadekit.data.SensorReading;
import cascadekit.data.SensorTable;
import cascadekit.load.LoadResult;
import cascadekit.monitoring.DriftMonitor;
import cascadekit.monitoring.Finding;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.Thresholds;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Chapter 08's monitor run over the twelve serving batches of 2023: the training window and each
 * batch are Tablesaw tables, the dataframe a data scientist would compare.
 *
 * @param trainingRows rows in the reference window
 * @param checks one check per month, in order
 * @param alerts every alert, in order
 * @param accuracy the failure model's score per month, in order
 * @param previousBatch the findings when each batch is compared with the one before it instead
 */
record MonitorRun(
    long trainingRows,
    List<MonthCheck> checks,
    List<Finding> alerts,
    List<MonthlyAccuracy.Score> accuracy,
    List<Finding> previousBatch) {

  /** Returns the run over the kit's {@code sensor-batches} with {@code thresholds}. */
  static MonitorRun of(Thresholds thresholds) {
    LoadResult<SensorReading> training = Datasets.sensorTraining();
    requireClean(training);
    Table reference = SensorTable.of("training", training.kept());
    DriftMonitor monitor = DriftMonitor.of(reference, thresholds);
    MonthlyAccuracy model = MonthlyAccuracy.trainedOn(training.kept());
    List<MonthCheck> checks = new ArrayList<>();
    List<MonthlyAccuracy.Score> accuracy = new ArrayList<>();
    List<Finding> previousBatch = new ArrayList<>();
    Table previous = reference;
    for (YearMonth month : SensorBatches.months()) {
      LoadResult<SensorReading> batch = Datasets.sensorBatch(month);
      requireClean(batch);
      Table current = SensorTable.of(month.toString(), batch.kept());
      checks.add(monitor.check(month, current));
      accuracy.add(model.score(batch.kept()));
      previousBatch.addAll(DriftMonitor.of(previous, thresholds).check(month, current).findings());
      previous = current;
    }
    return new MonitorRun(training.rowsRead(), checks, monitor.alerts(), accuracy, previousBatch);
  }

  /** Returns the months in which {@code column} had a finding when compared with the previous batch. */
  List<YearMonth> previousBatchMonths(String column) {
    return previousBatch.stream().filter(f -> f.column().equals(column)).map(Finding::month).toList();
  }

  /** Returns the months in which {@code column} had a finding against the reference. */
  List<YearMonth> flaggedMonths(String column) {
    return checks.stream()
        .filter(c -> c.findings().stream().anyMatch(f -> f.column().equals(column)))
        .map(c -> c.scores().month())
        .toList();
  }

  /** Returns the failure model's mean accuracy over months {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  double meanAccuracy(int from, int to) {
    double mean = 0;
    for (int m = from; m < to; m++) {
      mean += accuracy.get(m).accuracy() / (to - from);
    }
    return mean;
  }

  /** Returns how many month x column cells carry a finding. */
  long flaggedCells() {
    return checks.stream().mapToLong(c -> c.findings().size()).sum();
  }

  private static void requireClean(LoadResult<SensorReading> rows) {
    if (!rows.quarantined().isEmpty()) {
      throw new IllegalStateException(rows.file() + ": " + rows.reconciliation() + ", first " + rows.quarantined().get(0));
    }
  }
}
