package cascadekit.examples.ch08;

import cascadekit.data.Datasets;
import cascadekit.monitoring.Finding;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The monitor's alerts held against {@code sensor-batches/manifest.csv}: an alert matches an
 * entry when month, column and defect are all the same.
 *
 * @param matched alerts the manifest lists
 * @param missed manifest entries no alert raised
 * @param falseAlerts alerts the manifest does not list
 */
record ManifestCheck(List<Finding> matched, List<Finding> missed, List<Finding> falseAlerts) {
  static final String FILE = "sensor-batches/manifest.csv";

  /** Returns the alerts checked against the manifest. */
  static ManifestCheck of(List<Finding> alerts) {
    List<Finding> expected = read(Datasets.path(FILE));
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

  private static List<Finding> read(Path file) {
    List<Finding> entries = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        entries.add(new Finding(YearMonth.parse(row.get("month")), row.get("column"), row.get("defect"), row.get("rows") + " rows"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return entries;
  }
}
