package cascadekit.examples.ch07;

import cascadekit.report.HtmlReport;
import cascadekit.report.ReportFolder;
import cascadekit.report.Verdict;
import cascadekit.split.LeakageFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes chapter 07's offline HTML report, verdict first: the leaks the audit finds in the naive
 * split and the AUC they overstate; then the audit's findings, the AUC per split with the seeds'
 * spread, the points each leak adds, and the audit held against the manifest.
 */
final class SplittingPage {
  static final String FILE = "07-splitting.html";
  static final String AUDIT = "Leakage audit of the naive split";
  static final String AUC = "AUC per split";
  static final String LEAKS = "Cascade cost per kind of leakage";
  static final String MANIFEST = "The audit against the manifest";

  private SplittingPage() {}

  /** Writes the report of {@code run} under the report folder and returns its path as a learner types it. */
  static String write(SplittingRun run) {
    return ReportFolder.display(write(run, ReportFolder.path().resolve(FILE)));
  }

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(SplittingRun run, Path file) {
    HtmlReport report = HtmlReport.titled("Chapter 07: splitting loan-applications");
    Verdict.add(report, SplittingVerdict.of(run));
    audit(report, run);
    SplittingEvidence.auc(report, run);
    SplittingEvidence.leaks(report, run.cost());
    SplittingEvidence.manifest(report, run.match());
    return report.writeTo(file);
  }

  private static void audit(HtmlReport report, SplittingRun run) {
    report.heading(AUDIT);
    report.paragraph(String.format(Locale.ROOT, "The random split of seed %d: %d training rows, %d test rows. Each check"
        + " is held to its rule, below the table; a broken rule is marked ✗. Test rows: how many the check names, and the"
        + " first.", AuditRun.SEED, run.naive().train().rowCount(), run.naive().test().rowCount()));
    List<List<String>> rows = new ArrayList<>();
    Map<String, String> rules = new LinkedHashMap<>();
    for (LeakageFinding f : run.naiveAudit().findings()) {
      rows.add(List.of(f.kind(), f.subject(), String.format(Locale.ROOT, "%.4g", f.value()), f.broken() ? "!broken" : "ok",
          f.rows().isEmpty() ? "" : f.rows().size() + " (" + f.rows().get(0) + ", …)"));
      rules.putIfAbsent(f.kind(), f.rule().replace(f.subject(), "the column"));
    }
    report.table(List.of("check", "column", "measured", "result", "test rows"), rows);
    rules.forEach((kind, rule) -> report.paragraph("Rule of " + kind + ": " + rule + "."));
  }
}
