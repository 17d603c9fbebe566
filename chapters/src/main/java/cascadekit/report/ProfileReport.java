package cascadekit.report;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Coverage;
import cascadekit.profile.Figures;
import cascadekit.profile.Quantiles;
import cascadekit.profile.ValueCount;
import cascadekit.profile.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Adds profiles to an {@link HtmlReport}: a health table per dataset (completeness under the
 * threshold shown as an alert), a bar chart of missing values, and a histogram per number column
 * that is not an identifier ({@link HistogramChart}).
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.titled("Data health");
 * ProfileReport.addDataset(report, "visits.csv", Profiler.profile(table), 0.95);
 * }</pre>
 */
public final class ProfileReport {
  private ProfileReport() {}

  /** Adds a section for one dataset: its health table, missing values and histograms. */
  public static void addDataset(HtmlReport report, String title, List<ColumnProfile> profiles, double threshold) {
    report.heading(title);
    report.paragraph(String.format(Locale.ROOT, "%d rows, %d columns. Completeness under %.2f is marked. "
        + "Quantiles by linear interpolation (R_7); std is the sample standard deviation (n - 1).",
        profiles.isEmpty() ? 0 : profiles.get(0).rows(), profiles.size(), threshold));
    List<List<String>> rows = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      Quantiles q = p.quantiles();
      rows.add(List.of(p.name(), p.type().toString(),
          (p.completeness() < threshold ? "!" : "") + String.format(Locale.ROOT, "%.3f", p.completeness()),
          Long.toString(p.distinct()), String.format(Locale.ROOT, "%.3f", p.uniqueness()), p.min(), p.max(),
          Figures.of(p.mean()), Figures.of(p.stdDev()),
          Figures.of(q.q1()) + " / " + Figures.of(q.median()) + " / " + Figures.of(q.q3()),
          p.topValues().stream().map(ValueCount::toString).collect(Collectors.joining(", "))));
    }
    report.table(List.of("column", "type", "complete", "distinct", "uniqueness", "min", "max", "mean", "std",
        "q1 / median / q3", "top values"), rows);
    report.chart(SvgChart.of("Missing values per column: " + title, "column", "missing rows").bars(
        profiles.stream().map(ColumnProfile::name).toList(),
        profiles.stream().map(p -> (double) p.missing()).toList()));
    List<String> ids = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      if (p.type() == ValueType.NUMBER && HistogramChart.isIdLike(p)) {
        ids.add(p.name());
      } else if (p.type() == ValueType.NUMBER) {
        HistogramChart.add(report, p);
      }
    }
    if (!ids.isEmpty()) {
      report.paragraph("No histogram for " + String.join(", ", ids) + ": an identifier (its name says so, "
          + "or it counts rows 1, 2, 3...), whose shape means nothing.");
    }
  }

  /** Adds a table of a feature's coverage per slice, slices under the threshold marked. */
  public static void addCoverage(HtmlReport report, List<Coverage> slices, double threshold) {
    List<List<String>> rows = new ArrayList<>();
    for (Coverage c : slices) {
      rows.add(List.of(c.feature(), c.slice(), Long.toString(c.rows()), Long.toString(c.present()),
          (c.isBelow(threshold) ? "!" : "") + String.format(Locale.ROOT, "%.3f", c.completeness())));
    }
    report.table(List.of("feature", "slice", "rows", "present", "completeness"), rows);
  }
}
