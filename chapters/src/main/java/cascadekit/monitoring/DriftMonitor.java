package cascadekit.monitoring;

import cascadekit.data.SensorReading;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A monthly data monitor: every batch is compared with one fixed reference window (the training
 * data), never with the batch before it, so a drift that persists stays visible and a slow one
 * adds up instead of hiding in small monthly steps.
 *
 * <p>Per batch it scores each numeric column (PSI over the reference's deciles, Kolmogorov-Smirnov,
 * L-infinity for skew) and the {@code line} column (chi-square, Jensen-Shannon, L-infinity), checks
 * freshness and volume, turns the scores into {@link Finding}s with {@link Thresholds}, and alerts
 * on the findings that are new this month.
 *
 * <pre>{@code
 * DriftMonitor monitor = DriftMonitor.of(Datasets.sensorTraining().kept(), Thresholds.DEFAULT);
 * BatchWindow july = monitor.window(YearMonth.of(2023, 7));
 * Datasets.sensorBatch(july.month()).kept().forEach(july::add);
 * MonthCheck check = monitor.check(july);
 * }</pre>
 */
public final class DriftMonitor {
  private final List<NumericProfile> profiles;
  private final SortedMap<String, Long> referenceLines;
  private final Thresholds thresholds;
  private final VolumeMonitor volume;
  private final AlertLog log = new AlertLog();

  private DriftMonitor(List<SensorReading> reference, Thresholds thresholds) {
    this.profiles =
        IntStream.range(0, SensorReading.NUMERIC.size())
            .mapToObj(i -> NumericProfile.of(reference.stream().mapToDouble(r -> r.numeric(i)).toArray()))
            .toList();
    this.referenceLines =
        reference.stream().collect(Collectors.groupingBy(SensorReading::productionLine, TreeMap::new, Collectors.counting()));
    this.thresholds = thresholds;
    // The reference window's own monthly counts are the volume history the first batch is judged by.
    SortedMap<YearMonth, Long> perMonth =
        reference.stream().collect(Collectors.groupingBy(r -> YearMonth.from(r.timestamp()), TreeMap::new, Collectors.counting()));
    this.volume = VolumeMonitor.startingWith(List.copyOf(perMonth.values()), thresholds.sigmas());
  }

  /** Returns a monitor of batches against {@code reference}, raising findings under {@code thresholds}. */
  public static DriftMonitor of(List<SensorReading> reference, Thresholds thresholds) {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("need a non-empty reference window");
    }
    return new DriftMonitor(reference, thresholds);
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

  /** Returns every alert raised so far, in order. */
  public List<Finding> alerts() {
    return log.alerts();
  }
}
