package cascadekit.examples.ch06;

import cascadekit.report.HtmlReport;
import cascadekit.report.ValidationSection;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes chapter 06's offline report: the delivered file's verdict first, then the manifest, the cost and the true visits. */
final class ValidationPage {
  private static final String COST = "Cascade cost";

  private ValidationPage() {}

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(ValidationRun run, Path file) {
    HtmlReport report = HtmlReport.titled("Chapter 06: validation of clinic-visits");
    String delivered = "visits.csv as delivered (" + run.delivered().rowCount() + " rows, " + run.quarantined()
        + " quarantined by the loader)";
    Verdict.add(report, ValidationVerdict.of(run, HtmlReport.anchor(delivered), HtmlReport.anchor(COST)));
    report.paragraph(ValidationVerdict.notCaught(run.match()));
    ValidationSection.add(report, delivered, run.raw());
    report.heading("Against the defect manifest");
    report.paragraph("Rows with each injected defect; those that reached the suite; of those, the ones the loader already read"
        + " as the true value; and those a failed constraint on the defect's column flagged.");
    report.table(List.of("defect", "column", "injected", "reached", "read as true", "caught", "by"),
        run.match().kinds().stream().map(ValidationPage::row).toList());
    GateCost cost = run.cost();
    report.heading(COST);
    report.paragraph(String.format(Locale.ROOT, "Held-out accuracy of the sex model (nearest centroid on height and weight, %d true"
        + " visits of held-out patients): %.3f with the defective 2023 batch stopped, %.3f with it let through, %.3f with it"
        + " cleaned first. Stopping it saves %.1f points.", cost.testVisits(), cost.stopped(), cost.letThrough(),
        cost.cleanedFirst(), cost.savedPoints()));
    ValidationSection.add(report, "visits_clean.csv, the true visits", run.truth());
    return report.writeTo(file);
  }

  private static List<String> row(ManifestMatch.Kind k) {
    return List.of(k.defect(), k.column(), Integer.toString(k.injected()), Integer.toString(k.reached()),
        Integer.toString(k.restored()), (k.caught() < k.reached() - k.restored() ? "!" : "") + k.caught(), String.join("; ", k.by()));
  }
}
