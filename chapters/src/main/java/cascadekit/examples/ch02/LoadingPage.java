package cascadekit.examples.ch02;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Row;
import cascadekit.report.HtmlReport;
import cascadekit.report.ReportTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes chapter 02's offline HTML report, verdict first: how many rows were quarantined, why and
 * on which lines, and what each broken file of {@code encodings} gave; then read = kept +
 * quarantined per reason; then every quarantined row; then the broken files.
 */
final class LoadingPage {
  static final String FILE = "02-loading.html";

  private LoadingPage() {}

  /** Writes the report of {@code visits} to {@code file} and returns the file. */
  static Path write(Loaded visits, Path file) {
    LoadResult<Row> result = visits.result();
    HtmlReport report = HtmlReport.titled("Chapter 02: loading " + ClinicVisits.FILE + " and the broken files").style(ReportTable.STYLE);
    BrokenFilesSection broken = BrokenFilesSection.load();
    List<String> findings = findings(result);
    findings.addAll(broken.findings());
    report.fragment(ReportTable.verdict(headline(result), findings));
    report.heading("Read = kept + quarantined, per reason");
    report.paragraph(result.reconciliation() + ". Every row read is either kept or quarantined with its reason.");
    List<List<String>> counts = new ArrayList<>();
    counts.add(List.of("kept", "", Integer.toString(result.kept().size())));
    byReason(result).forEach((reason, rows) -> counts.add(List.of("!✗ quarantined", reason, Integer.toString(rows.size()))));
    counts.add(List.of("read", "", Long.toString(result.rowsRead())));
    report.fragment(ReportTable.table(List.of("rows", "reason", "count"), counts));
    report.heading("Quarantined rows (" + result.quarantined().size() + ")");
    List<List<String>> rows = new ArrayList<>();
    for (QuarantinedRow q : result.quarantined()) {
      rows.add(List.of(ClinicVisits.FILE, Long.toString(q.line()), q.column().isEmpty() ? "(whole row)" : q.column(),
          q.value(), "!✗ " + q.reason()));
    }
    report.fragment(ReportTable.table(List.of("file", "line", "column", "value", "reason"), rows));
    broken.addTo(report);
    return report.writeTo(file);
  }

  /** Writes the report under {@code reports/} and returns its path relative to the kit's root. */
  static String write(Loaded visits) {
    Path root = Datasets.root();
    Path file = write(visits, root.resolve("reports").resolve(FILE));
    return root.relativize(file.toAbsolutePath().normalize()).toString();
  }

  private static String headline(LoadResult<Row> result) {
    int quarantined = result.quarantined().size();
    return quarantined == 0
        ? "✓ " + ClinicVisits.FILE + ": all " + String.format(Locale.ROOT, "%,d", result.rowsRead()) + " rows kept"
        : String.format(Locale.ROOT, "✗ " + ClinicVisits.FILE + ": %,d of %,d rows quarantined (%.1f%%) for %d reason%s", quarantined,
            result.rowsRead(), 100.0 * quarantined / result.rowsRead(), byReason(result).size(),
            byReason(result).size() == 1 ? "" : "s");
  }

  private static List<String> findings(LoadResult<Row> result) {
    List<String> findings = new ArrayList<>();
    byReason(result).forEach((reason, rows) -> findings.add(ClinicVisits.FILE + ": " + rows.size() + " rows, " + reason + ": lines "
        + rows.stream().map(q -> Long.toString(q.line())).collect(Collectors.joining(", "))));
    return findings;
  }

  /** Returns the quarantined rows per "column 'c': reason", most rows first, then by name. */
  private static Map<String, List<QuarantinedRow>> byReason(LoadResult<Row> result) {
    Map<String, List<QuarantinedRow>> byReason = new TreeMap<>();
    for (QuarantinedRow q : result.quarantined()) {
      String where = q.column().isEmpty() ? "whole row" : "column '" + q.column() + "'";
      byReason.computeIfAbsent(where + ": " + q.reason(), k -> new ArrayList<>()).add(q);
    }
    return byReason;
  }
}
