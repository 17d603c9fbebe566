package cascadekit.report;

import cascadekit.check.ConstraintResult;
import cascadekit.check.ValidationResult;
import cascadekit.profile.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a validation result to an {@link HtmlReport}, verdict first: passed or FAILED with its
 * counts of errors and warnings, then the failed constraints (errors first) with their value,
 * threshold and first failing ids, then every constraint. A failure is marked by a word and a
 * symbol ({@code ✗ FAILED}), never by colour alone; the report stays offline.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.titled("Validation of visits.csv");
 * ValidationSection.add(report, "Visits, raw", result);
 * }</pre>
 */
public final class ValidationSection {
  /** Six columns, so the text cells wrap rather than being cut (see {@link HtmlReport#table}). */
  private static final List<String> HEADER =
      List.of("status (level)", "check: constraint", "value", "threshold", "failing rows", "first failing ids");

  /** Failing ids a row shows; the result keeps more ({@link ConstraintResult#ID_CAP}), its JSON has them. */
  private static final int SHOWN_IDS = 5;

  private ValidationSection() {}

  /** Adds a section titled {@code title}: the verdict, the failures, then every result. */
  public static void add(HtmlReport report, String title, ValidationResult result) {
    report.heading(title);
    report.paragraph(verdict(result));
    List<ConstraintResult> failures = result.failures();
    if (!failures.isEmpty()) {
      report.paragraph("Failed constraints, errors first:");
      report.table(HEADER, rows(failures));
    }
    report.paragraph("Every constraint, in the order declared (" + result.results().size() + "):");
    report.table(HEADER, rows(result.results()));
  }

  /** Returns the verdict line, e.g. {@code ✗ FAILED: 2 errors, 1 warning, 12 constraints run}. */
  static String verdict(ValidationResult result) {
    return (result.passed() ? "✓ PASSED" : "✗ FAILED") + ": " + plural(result.errorCount(), "error") + ", "
        + plural(result.warningCount(), "warning") + ", " + plural(result.results().size(), "constraint") + " run";
  }

  private static List<List<String>> rows(List<ConstraintResult> results) {
    List<List<String>> rows = new ArrayList<>();
    for (ConstraintResult r : results) {
      List<String> shown = r.failingIds().subList(0, Math.min(SHOWN_IDS, r.failingIds().size()));
      String ids = String.join(", ", shown) + (r.failingCount() > shown.size() ? ", …" : "");
      String level = " (" + r.level().name() + ")";
      rows.add(List.of(r.failed() ? "!✗ FAILED" + level : "✓ passed" + level, r.check() + ": " + r.constraint(),
          Figures.of(r.value()), r.threshold(), Long.toString(r.failingCount()), ids));
    }
    return rows;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
