package cascadekit.examples.ch04;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.DetectionScore;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.HtmlReport;
import cascadekit.report.ReportTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes chapter 04's offline HTML report, verdict first: what still differs from the true visits
 * after cleaning and the steps with the lowest precision or recall against the manifest; then each
 * step's changes (from the audit log) and its scores, as the example computed them.
 */
final class CleaningPage {
  static final String FILE = "04-cleaning.html";

  private CleaningPage() {}

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(CleaningRun run, Path file) {
    TruthDiff before = TruthDiff.of(run.raw(), Datasets.clinicVisitsClean().table(), CleaningExample.COLUMNS);
    TruthDiff after = TruthDiff.of(run.cleaned(), Datasets.clinicVisitsClean().table(), CleaningExample.COLUMNS);
    HtmlReport report = HtmlReport.titled("Chapter 04: cleaning " + ClinicVisits.FILE).style(ReportTable.STYLE);
    report.fragment(ReportTable.verdict(String.format(Locale.ROOT,
        "%s %d cells still differ from visits_clean.csv after cleaning (%d as loaded, and %d extra rows)",
        after.cells() == 0 ? "✓" : "✗", after.cells(), before.cells(), before.extraRows()), findings(run, after)));
    report.heading("Each step: its changes and its scores against the manifest");
    report.paragraph("Entries: the step's lines in the audit log (" + run.log().entries().size() + " in all). Precision: share"
        + " of its scored changes that hit a listed defect; recall: share of the listed defects it changed. A score under"
        + " 1.000 is marked ✗.");
    Map<String, Long> entries = run.log().entries().stream().collect(Collectors.groupingBy(AuditEntry::rule, Collectors.counting()));
    List<List<String>> rows = new ArrayList<>();
    for (StepRecorder.StepReport s : run.steps()) {
      DetectionScore d = s.score();
      rows.add(List.of(s.rule(), s.label(), Long.toString(s.rowsTouched()), Long.toString(entries.getOrDefault(s.rule(), 0L)),
          Integer.toString(d.flagged()), Integer.toString(d.defects()), mark(d.precision()), mark(d.recall())));
    }
    report.fragment(ReportTable.table(List.of("rule", "what it does", "rows", "entries", "changes scored", "listed defects",
        "precision", "recall"), rows));
    return report.writeTo(file);
  }

  /** Writes the report under {@code reports/} and returns its path relative to the kit's root. */
  static String write(CleaningRun run) {
    Path root = Datasets.root();
    Path file = write(run, root.resolve("reports").resolve(FILE));
    return root.relativize(file.toAbsolutePath().normalize()).toString();
  }

  private static List<String> findings(CleaningRun run, TruthDiff after) {
    List<String> findings = new ArrayList<>();
    if (after.cells() > 0) {
      findings.add(String.format(Locale.ROOT, "✗ %d of the differing cells hold an imputed value (a median is an estimate);"
          + " %d are left missing", after.imputed(), after.missing()));
    }
    findings.add(run.unmapped().isEmpty() ? "✓ every category value was mapped"
        : "✗ category values no map knew: " + run.unmapped());
    run.steps().stream()
        .filter(s -> Math.min(s.score().precision(), s.score().recall()) < 1)
        .sorted(Comparator.comparingDouble(s -> Math.min(s.score().precision(), s.score().recall())))
        .forEach(s -> findings.add(String.format(Locale.ROOT,
            "✗ step %s (%s): precision %.3f, recall %.3f: %d of its %d changes hit no listed defect, %d of %d listed defects missed",
            s.rule(), s.label(), s.score().precision(), s.score().recall(), s.score().flagged() - s.score().truePositives(),
            s.score().flagged(), s.score().defects() - s.score().truePositives(), s.score().defects())));
    return findings;
  }

  private static String mark(double score) {
    return (score < 1 ? "!✗ " : "") + String.format(Locale.ROOT, "%.3f", score);
  }
}
