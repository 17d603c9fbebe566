package cascadekit.examples.ch08;

import cascadekit.data.Datasets;
import cascadekit.monitoring.Finding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;

/**
 * The monitor's alerts held against {@code sensor-batches/manifest.csv}: an alert matches an
 * entry when month, column and defect are all the same.
 *
 * @param matched alerts the manifest lists
 * @param missed manifest entries no alert raised
 * @param falseAlerts alerts the manifest does not list
 */
record ManifestCheck(List<Finding> matched, List<Finding> missed, List<Finding> falseAlerts) {
  /** Returns the alerts checked against the manifest. */
  static ManifestCheck of(List<Finding> alerts) {
    List<Finding> expected = entries();
    List<Finding> matched = alerts.stream().filter(a -> contains(expected, a)).toList();
    List<Finding> missed = expected.stream().filter(e -> !contains(alerts, e)).toList();
    List<Finding> falseAlerts = alerts.stream().filter(a -> !contains(expected, a)).toList();
    return new ManifestCheck(matched, missed, falseAlerts);
  }

  /** Returns whether every alert is in the manifest and every entry was alerted. */
  boolean exact() {
    return missed.isEmpty() && falseAlerts.isEmpty();
  }

  private static boolean contains(List<Finding> findings, Finding f) {
    return findings.stream().anyMatch(x -> x.month().equals(f.month()) && x.sameProblem(f));
  }

  private static List<Finding> entries() {
    List<Finding> entries = new ArrayList<>();
    for (Row row : Datasets.sensorManifest().table()) {
      entries.add(new Finding(YearMonth.parse(row.getString("month")), row.getString("column"),
          row.getString("defect"), row.getInt("rows") + " rows"));
    }
    return entries;
  }
}
