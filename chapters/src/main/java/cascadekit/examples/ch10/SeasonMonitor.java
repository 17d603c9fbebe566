package cascadekit.examples.ch10;

import cascadekit.monitoring.ColumnDrift;
import cascadekit.monitoring.Freshness;
import cascadekit.monitoring.Psi;
import cascadekit.monitoring.TableDrift;
import cascadekit.monitoring.Thresholds;
import cascadekit.monitoring.VolumeMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The monitor stage: season 2, cleaned as season 1 was, against season 1, the data the model
 * learned from. Drift per feature (PSI over season 1's deciles, Jensen-Shannon for text), each
 * tablet's freshness (timestamps that fail to advance) and each district's volume.
 *
 * @param drift the drift scores of the model's columns
 * @param drifted the numeric columns whose PSI is significant
 * @param repeats each tablet's count of timestamps that fail to advance, and its share
 * @param stale the tablets with more repeats than chapter 08's threshold
 * @param volume each district's visits in season 1 and season 2
 * @param dropped the districts whose visits fell by more than {@link #MAX_DROP}
 */
record SeasonMonitor(List<ColumnDrift> drift, List<String> drifted, Map<String, double[]> repeats, List<String> stale,
    Map<String, long[]> volume, List<String> dropped) {
  static final List<String> WATCHED = List.of("area", "yield", "fertiliser_kg", "rainfall_mm", "seed_variety", "irrigated");

  /** A district whose visits fall by more than this share has lost its collection, not its farms (the others move by about a fifth). */
  static final double MAX_DROP = 0.5;

  /** Returns the monitor's findings on {@code current} against {@code reference}. */
  static SeasonMonitor of(Table reference, Table current) {
    List<ColumnDrift> drift = TableDrift.compare(reference.selectColumns(WATCHED.toArray(String[]::new)),
        current.selectColumns(WATCHED.toArray(String[]::new)));
    List<String> drifted = drift.stream().filter(d -> d.metric().equals("psi") && d.score() >= Psi.SIGNIFICANT)
        .map(ColumnDrift::column).toList();
    Map<String, double[]> repeats = new TreeMap<>();
    List<String> stale = new ArrayList<>();
    for (String device : new java.util.TreeSet<>(current.stringColumn("device_id").asList())) {
      Freshness freshness = new Freshness();
      current.where(current.stringColumn("device_id").isEqualTo(device)).dateTimeColumn("visited_at").forEach(freshness::add);
      repeats.put(device, new double[] {freshness.repeated(), freshness.repeatedShare()});
      if (freshness.repeatedShare() > Thresholds.DEFAULT.repeatedShare()) {
        stale.add(device);
      }
    }
    Map<String, long[]> volume = new TreeMap<>();
    List<String> dropped = new ArrayList<>();
    for (String district : new java.util.TreeSet<>(reference.stringColumn("district").asList())) {
      long before = reference.where(reference.stringColumn("district").isEqualTo(district)).rowCount();
      long after = current.where(current.stringColumn("district").isEqualTo(district)).rowCount();
      volume.put(district, new long[] {before, after});
      if (VolumeMonitor.rateOfChange(before, after) < -MAX_DROP) {
        dropped.add(district);
      }
    }
    return new SeasonMonitor(drift, drifted, repeats, stale, volume, dropped);
  }

  /** Returns the score of {@code metric} for {@code column}. */
  double score(String column, String metric) {
    return drift.stream().filter(d -> d.column().equals(column) && d.metric().equals(metric))
        .mapToDouble(ColumnDrift::score).findFirst().orElse(Double.NaN);
  }
}
