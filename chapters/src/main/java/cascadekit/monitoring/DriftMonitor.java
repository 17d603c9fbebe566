package cascadekit.monitoring;

import cascadekit.data.SensorReading;
import cascadekit.data.SensorTable;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * A monthly data monitor: every batch is compared with one fixed reference window (the training
 * data), never with the batch before it, so a drift that persists stays visible and a slow one
 * adds up instead of hiding in small monthly steps.
 *
 * <p>Per batch it scores each numeric column (PSI over the reference's deciles, Kolmogorov-Smirnov,
 * L-infinity for skew) and the {@code line} column (chi-square, Jensen-Shannon, L-infinity), checks
 * freshness and volume, turns the scores into {@link Finding}s with {@link Thresholds}, and alerts
 * on the findings that are new this month. The reference and each batch can be Tablesaw tables
 * (the columns of {@link SensorTable}) or, for a stream too large to hold, readings counted into a
 * {@link BatchWindow} one at a time.
 *
 * <pre>{@code
 * DriftMonitor monitor = DriftMonitor.of(Datasets.sensorTrainingTable(), Thresholds.DEFAULT);
 * MonthCheck july = monitor.check(YearMonth.of(2023, 7), Datasets.sensorBatchTable(YearMonth.of(2023, 7)));
 *
 * BatchWindow august = monitor.window(YearMonth.of(2023, 8));   // or one reading at a time
 * Datasets.sensorBatch(august.month()).kept().forEach(august::add);
 * MonthCheck check = monitor.check(august);
 * }</pre>
 */
public final class DriftMonitor {
  private final List<NumericProfile> profiles;
  private final SortedMap<String, Long> referenceLines;
  private final Thresholds thresholds;
  private final VolumeMonitor volume;
  private final AlertLog log = new AlertLog();

  private DriftMonitor(Table reference, Thresholds thresholds) {
    this.profiles =
        SensorReading.NUMERIC.stream()
            .map(column -> NumericProfile.of(reference.doubleColumn(column).asDoubleArray()))
            .toList();
    this.referenceLines = CategoryDrift.counts(reference.stringColumn(SensorReading.CATEGORY));
    this.thresholds = thresholds;
    // The reference window's own monthly counts are the volume history the first batch is judged by.
    SortedMap<YearMonth, Long> perMonth =
        reference.dateTimeColumn(SensorTable.TIMESTAMP).asList().stream()
            .collect(Collectors.groupingBy(YearMonth::from, TreeMap::new, Collectors.counting()));
    this.volume = VolumeMonitor.startingWith(List.copyOf(perMonth.values()), thresholds.sigmas());
  }

  /**
   * Returns a monitor of batches against the {@code reference} table, which has the columns of
   * {@link SensorTable}, raising findings under {@code thresholds}.
   */
  public static DriftMonitor of(Table reference, Thresholds thresholds) {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("need a non-empty reference window");
    }
    return new DriftMonitor(reference, thresholds);
  }

  /** Returns a monitor of batches against the {@code reference} readings, raising findings under {@code thresholds}. */
  public static DriftMonitor of(List<SensorReading> reference, Thresholds thresholds) {
    return of(SensorTable.of("reference", reference), thresholds);
  }

  /** Returns an empty window for the batch of {@code month}. */
  public BatchWindow window(YearMonth month) {
    return new BatchWindow(month, profiles, referenceLines);
  }

  /** Returns the check of a filled {@code window}; call it once per batch, in time order. */
  public MonthCheck check(BatchWindow window) {
    MonthScores scores = window.scores();
    VolumeMonitor.VolumeCheck count = volume.observe(scores.rows());
    List<Finding> findings = FindingRules.of(scores, count, thresholds);
    return new MonthCheck(scores, count, findings, log.record(findings));
  }

  /** Returns the check of the {@code batch} table of {@code month}; call it once per batch, in time order. */
  public MonthCheck check(YearMonth month, Table batch) {
    BatchWindow window = window(month);
    window.addAll(batch);
    return check(window);
  }

  /** Returns every alert raised so far, in order. */
  public List<Finding> alerts() {
    return log.alerts();
  }
}
