package cascadekit.examples.ch08;

import cascadekit.monitoring.Finding;
import cascadekit.monitoring.MonthCheck;
import cascadekit.monitoring.Thresholds;
import cascadekit.report.HtmlReport;
import cascadekit.report.SvgChart;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes chapter 08's offline drift report: the verdict first, then the score table, the alerts and three charts. */
final class DriftReportPage {
  private DriftReportPage() {}

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(MonitorRun run, ManifestCheck manifest, Path file) {
    List<String> months = run.checks().stream().map(c -> c.scores().month().toString()).toList();
    HtmlReport report = HtmlReport.titled("Chapter 08: drift report, sensor-batches 2023");
    Verdict.add(report, DriftVerdict.of(run));
    report.paragraph("Every monthly batch compared with the training window (Oct-Dec 2022). ✗ (red): a new alert; "
        + "* a finding still open. Thresholds: PSI >= 0.25, Jensen-Shannon distance (base 2) >= 0.1, "
        + "L-infinity >= 0.5 is training/serving skew, more than 1% repeated timestamps is stale, "
        + "a row count outside mean +/- 3 sd of earlier months is a volume anomaly.");
    report.heading("Drift scores by month");
    List<String> header = new ArrayList<>(List.of("month"));
    for (int i = 0; i < DriftTable.COLUMNS.size(); i++) {
      header.add(DriftTable.COLUMNS.get(i) + " (" + DriftTable.SCORES.get(i) + ")");
    }
    report.table(header, run.checks().stream().map(DriftReportPage::cells).toList());
    // The example monitors with the default thresholds; each score chart draws its own.
    Thresholds limits = Thresholds.DEFAULT;
    Map<String, List<Double>> psi = new LinkedHashMap<>();
    for (String column : List.of("temperature_c", "vibration_mm_s", "pressure_kpa")) {
      psi.put(column, series(run, c -> c.scores().numeric(column).psi()));
    }
    report.chart(SvgChart.of("PSI by month (humidity_pct left out: skew, PSI 8.3 every month)", "month",
        "PSI vs training").threshold(limits.psi(), "PSI " + limits.psi()).lines(months, psi));
    report.chart(SvgChart.of("Jensen-Shannon distance of line by month", "month", "JS distance (base 2)")
        .threshold(limits.jensenShannon(), "JS " + limits.jensenShannon())
        .lines(months, Map.of("line", series(run, c -> c.scores().line().jensenShannon()))));
    report.heading(DriftVerdict.ALERTS);
    report.table(List.of("month", "column", "defect", "evidence"), run.alerts().stream().map(DriftReportPage::alert).toList());
    report.paragraph(String.format("Manifest check: %d matched, %d missed, %d false alerts.",
        manifest.matched().size(), manifest.missed().size(), manifest.falseAlerts().size()));
    report.chart(SvgChart.of("Rows per batch", "month", "rows").bars(months, series(run, c -> (double) c.scores().rows())));
    DistributionSection.add(report, run);
    report.heading(DriftVerdict.CASCADE);
    report.chart(SvgChart.of("Failure model accuracy by month", "month", "accuracy").startingAtData()
        .lines(months, Map.of("accuracy", run.accuracy().stream().map(MonthlyAccuracy.Score::accuracy).toList())));
    return report.writeTo(file);
  }

  private static List<String> cells(MonthCheck check) {
    // HtmlReport shows a cell that starts with "!" as an alert.
    return DriftTable.row(check).stream()
        .map(String::strip)
        .map(cell -> cell.endsWith("!") ? "!" + cell.substring(0, cell.length() - 1) : cell)
        .toList();
  }

  private static List<String> alert(Finding f) {
    return List.of(f.month().toString(), f.column().isEmpty() ? "(rows)" : f.column(), f.defect(), f.detail());
  }

  private static List<Double> series(MonitorRun run, Function<MonthCheck, Double> score) {
    return run.checks().stream().map(score).toList();
  }
}
