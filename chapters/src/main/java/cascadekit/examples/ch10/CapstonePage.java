package cascadekit.examples.ch10;

import cascadekit.report.HtmlReport;
import cascadekit.report.LineageSection;
import cascadekit.report.SvgChart;
import cascadekit.report.ValidationSection;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the capstone's offline quality report: the verdict first (each defect kind of the
 * manifests the pipeline found, how many and where), then the evidence: the per-stage table, the
 * cascade cost of each fix, the validation of both seasons, the monitor and the lineage.
 */
final class CapstonePage {
  static final String COSTS = "Cascade cost of each fix";
  static final String MONITOR = "Season 2 against season 1";

  private CapstonePage() {}

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(CapstoneRun run, List<KindScore> scores, CascadeCosts costs, Path file) {
    HtmlReport report = HtmlReport.titled("Chapter 10: quality report of crop-survey");
    Verdict.add(report, CapstoneVerdict.of(scores));
    report.paragraph(String.format(java.util.Locale.ROOT,
        "The model (%d nearest neighbours) scores %s in the field with every fix; the same model trained on "
            + "truth.csv scores %s. Season 1 is learned from; season 2 is monitored.",
        CropModel.K, CapstoneTables.share(costs.full().field()), CapstoneTables.share(costs.ceiling())));
    report.heading(CapstoneVerdict.FINDINGS);
    report.paragraph("flagged: what the stage changed, quarantined or raised; found: flagged and in the manifest. "
        + "Where each kind is: in the verdict.");
    // Six columns (precision and recall in one, "where" in the verdict), so a kind's name wraps, not cut.
    report.table(List.of("defect kind", "stage", "defects", "flagged", "found", "precision / recall"),
        CapstoneTables.scores(scores).stream()
            .map(row -> List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5) + " / " + row.get(6)))
            .toList());
    report.chart(SvgChart.of("Recall per defect kind", "defect kind", "recall").bars(scores.stream().map(KindScore::kind).toList(),
        scores.stream().map(s -> Double.isNaN(s.score().recall()) ? 0 : s.score().recall()).toList()));
    report.heading(COSTS);
    report.paragraph("Held-out accuracy of the run without one fix, everything else equal and seeded. reported: "
        + "against the pipeline's labels on its test side; field: against the true labels, no treatment given yet.");
    report.table(CapstoneTables.COST_HEADER, CapstoneTables.costs(costs));
    List<String> names = new ArrayList<>(List.of("every fix"));
    List<Double> field = new ArrayList<>(List.of(costs.full().field()));
    costs.without().forEach((fix, training) -> {
      names.add("no " + fix.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      field.add(training.field());
    });
    names.add("truth.csv");
    field.add(costs.ceiling());
    report.chart(SvgChart.of("Field accuracy without each fix", "fix left out", "accuracy against the true labels")
        .threshold(costs.full().field(), "every fix").startingAtData().bars(names, field));
    ValidationSection.add(report, "Season 1, cleaned", run.gateOne());
    ValidationSection.add(report, "Season 2, cleaned", run.gateTwo());
    addMonitor(report, run.monitor());
    report.heading("Lineage");
    report.chart(LineageSection.svg(run.lineage()));
    return report.writeTo(file);
  }

  private static void addMonitor(HtmlReport report, SeasonMonitor monitor) {
    report.heading(MONITOR);
    List<List<String>> drift = new ArrayList<>();
    monitor.drift().forEach(d -> drift.add(List.of(d.column(), d.metric(),
        (monitor.drifted().contains(d.column()) && d.metric().equals("psi") ? "!" : "") + CapstoneTables.share(d.score()))));
    report.table(List.of("column", "metric", "score"), drift);
    List<List<String>> tablets = new ArrayList<>();
    monitor.repeats().forEach((device, r) -> tablets.add(List.of(device, String.valueOf((long) r[0]),
        (monitor.stale().contains(device) ? "!" : "") + CapstoneTables.share(r[1]))));
    report.table(List.of("tablet", "timestamps that fail to advance", "share"), tablets);
    Map<String, List<Double>> visits = new LinkedHashMap<>();
    visits.put("season 1", monitor.volume().values().stream().map(v -> (double) v[0]).toList());
    visits.put("season 2", monitor.volume().values().stream().map(v -> (double) v[1]).toList());
    report.chart(SvgChart.of("Visits per district", "district", "visits").groupedBars(List.copyOf(monitor.volume().keySet()), visits));
  }
}
