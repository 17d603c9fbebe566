package cascadekit.examples.ch04;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.DetectionScore;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.HtmlReport;
import cascadekit.report.ManifestGaps;
import cascadekit.report.ReportFolder;
import cascadekit.report.SvgChart;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes chapter 04's offline HTML report, verdict first: each step's defects found and its
 * precision and recall against the manifest, errors first; then the steps' table and chart, the
 * manifest's defects no step is scored on, and how far the cleaned visits are from the truth.
 */
final class CleaningPage {
  static final String FILE = "04-cleaning.html";
  static final String STEPS = "Each step: its changes and its scores against the manifest";
  static final String NOT_SCORED = "Defects in the manifest no step is scored on";
  static final String TRUTH = "Cleaned visits against the true visits";

  private CleaningPage() {}

  /** Writes the report of {@code run} under the report folder and returns its path as a learner types it. */
  static String write(CleaningRun run) {
    return ReportFolder.display(write(run, ReportFolder.path().resolve(FILE)));
  }

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(CleaningRun run, Path file) {
    TruthDiff before = TruthDiff.of(run.raw(), Datasets.clinicVisitsClean().table(), CleaningExample.COLUMNS);
    TruthDiff after = TruthDiff.of(run.cleaned(), Datasets.clinicVisitsClean().table(), CleaningExample.COLUMNS);
    HtmlReport report = HtmlReport.titled("Chapter 04: cleaning " + ClinicVisits.FILE);
    Verdict.add(report, CleaningVerdict.of(run, after));
    report.heading(STEPS);
    report.paragraph("The steps in the order they ran. Audit entries: the step's lines in the audit log ("
        + run.log().entries().size() + " in all; an imputation also writes its missing-value indicator). Precision: share of"
        + " the cells it changed that hold a listed defect; recall: share of the listed defects it changed. A score under"
        + " 1.000 is marked ✗.");
    Map<String, Long> entries = run.log().entries().stream().collect(Collectors.groupingBy(AuditEntry::rule, Collectors.counting()));
    List<List<String>> rows = new ArrayList<>();
    for (StepRecorder.StepReport s : run.steps()) {
      DetectionScore d = s.score();
      rows.add(List.of(s.rule(), Long.toString(entries.getOrDefault(s.rule(), 0L)), Integer.toString(d.flagged()),
          Integer.toString(d.defects()), mark(d.precision()), mark(d.recall())));
    }
    report.table(List.of("rule", "audit entries", "cells changed", "listed defects", "precision", "recall"), rows);
    report.chart(chart(run.steps()));
    ManifestGaps.add(report, NOT_SCORED, "Dates in four formats are read by the loader's declared patterns (chapter 02),"
        + " and a sex or diagnosis left empty stays missing: no step changes them, so the verdict does not count them as found.",
        Datasets.clinicVisitsManifest().table(), (column, defect) -> run.steps().stream()
            .anyMatch(s -> s.columns().contains(column) && s.defects().contains(defect)));
    report.heading(TRUTH);
    report.paragraph(String.format(Locale.ROOT, "Cells that differ from visits_clean.csv: as loaded %d (and %d extra rows);"
        + " cleaned %d (%d extra rows): %d imputed values (a median is an estimate) and %d values left missing.",
        before.cells(), before.extraRows(), after.cells(), after.extraRows(), after.imputed(), after.missing()));
    return report.writeTo(file);
  }

  /** Returns bars of the cells each step changed beside the defects the manifest lists for it: a gap is a miss or an extra. */
  private static String chart(List<StepRecorder.StepReport> steps) {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("cells changed", steps.stream().map(s -> (double) s.score().flagged()).toList());
    series.put("listed defects", steps.stream().map(s -> (double) s.score().defects()).toList());
    return SvgChart.of("Cells changed and defects listed per cleaning step", "step (in the order it ran)", "cells")
        .groupedBars(steps.stream().map(StepRecorder.StepReport::rule).toList(), series);
  }

  private static String mark(double score) {
    return (score < 1 ? "!" : "") + String.format(Locale.ROOT, "%.3f", score);
  }
}
