package cascadekit.examples.ch08;

import cascadekit.data.SensorBatches;
import cascadekit.data.SensorReading;
import cascadekit.monitoring.Finding;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.Thresholds;
import cascadekit.report.ReportFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chapter 08's example: a monthly monitor over {@code sensor-batches}. Every serving batch of
 * 2023 is compared with the training window: drift per column, freshness, volume and skew, with
 * one alert per problem at the month it starts, checked against the manifest. It writes an
 * offline HTML report and prints the failure model's accuracy by month. Run it with
 * {@code ./kit run 08}.
 */
public final class MonitoringExample {
  static final String REPORT = "08-drift.html";
  private static final String ROW = "%-8s %-6s %-14s %-15s %-13s %-13s %-9s %s";

  private MonitoringExample() {}

  /** Runs the monitor and prints what it found. */
  public static void main(String[] args) {
    MonitorRun run = MonitorRun.of(Thresholds.DEFAULT);
    System.out.println("Chapter 08: monitoring sensor-batches, 2023, against the training window");
    System.out.println();
    System.out.printf("Reference: datasets/%s, %d rows (Oct-Dec 2022)%n%n", SensorBatches.TRAINING, run.trainingRows());
    System.out.println("Drift scores by month (! new alert, * still open; thresholds: PSI >= 0.25, JS >= 0.1,");
    System.out.println("L-inf >= 0.5 is skew, > 1% repeated timestamps is stale, rows outside mean +/- 3 sd):");
    printRow(header("month", DriftTable.COLUMNS));
    printRow(header("", DriftTable.SCORES));
    for (MonthCheck check : run.checks()) {
      printRow(DriftTable.row(check).toArray());
    }
    System.out.println();
    System.out.println("Alerts (" + run.alerts().size() + "):");
    for (Finding alert : run.alerts()) {
      System.out.printf("  %s  %-15s %-22s %s%n", alert.month(), column(alert), alert.defect(), alert.detail());
    }
    ManifestCheck manifest = ManifestCheck.of(run.alerts());
    System.out.printf(
        "Manifest check: %d alerts, %d manifest entries: %d matched (month, column and defect), %d missed,"
            + " %d false alerts.%n%s%n%n",
        run.alerts().size(), manifest.matched().size() + manifest.missed().size(), manifest.matched().size(),
        manifest.missed().size(), manifest.falseAlerts().size(),
        manifest.exact() ? "No missed and no false alerts." : "MISMATCH: " + manifest);
    System.out.printf(
        "Alert fatigue: %d flagged cells over 12 months, %d alerts. KS p <= 0.05 would also have flagged %s.%n",
        run.flaggedCells(), run.alerts().size(), ksFalseAlarms(run));
    System.out.printf(
        "Against the previous batch instead of the reference, temperature_c is flagged in %s only,%n"
            + "vibration_mm_s in %s only: after one month the drift is the new normal.%n%n",
        run.previousBatchMonths("temperature_c"), run.previousBatchMonths("vibration_mm_s"));
    printAccuracy(run);
    Path report = DriftReportPage.write(run, manifest, ReportFolder.path().resolve(REPORT));
    System.out.println();
    System.out.println("Report: " + ReportFolder.display(report) + " (open it in a browser; it needs no network)");
  }

  private static void printAccuracy(MonitorRun run) {
    System.out.println("Cascade cost: the failure model (nearest centroid, trained on the reference) by month:");
    for (int m = 0; m < run.checks().size(); m++) {
      MonthlyAccuracy.Score score = run.accuracy().get(m);
      System.out.printf(
          Locale.ROOT, "  %s  accuracy %.3f   healthy machines flagged %.3f%n",
          run.checks().get(m).scores().month(), score.accuracy(), score.falseAlarms());
    }
    double before = run.meanAccuracy(0, 6);
    double after = run.meanAccuracy(6, 12);
    System.out.printf(
        Locale.ROOT, "Mean accuracy Jan-Jun %.3f, Jul-Dec %.3f: %.1f points lost while no step failed.%n",
        before, after, 100 * (before - after));
  }

  /** Returns the month x column cells the KS p-value flags that no finding of the monitor does. */
  static List<String> ksFalseAlarms(MonitorRun run) {
    return run.checks().stream()
        .flatMap(c -> SensorReading.NUMERIC.stream()
            .filter(col -> c.scores().numeric(col).ksPValue() <= 0.05 && c.mark(col).isBlank())
            .map(col -> col + " in " + c.scores().month()))
        .toList();
  }

  private static void printRow(Object[] cells) {
    System.out.println(String.format(ROW, cells).stripTrailing());
  }

  private static String column(Finding f) {
    return f.column().isEmpty() ? "(rows)" : f.column();
  }

  private static Object[] header(String first, List<String> rest) {
    Object[] cells = new Object[rest.size() + 1];
    cells[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      cells[i + 1] = rest.get(i);
    }
    return cells;
  }
}
