package cascadekit.examples.ch02;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.data.Encodings;
import cascadekit.load.LoadException;
import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Row;
import cascadekit.report.HtmlReport;
import cascadekit.report.SvgChart;
import cascadekit.report.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chapter 02's report on the broken files of {@code datasets/encodings}: what each one gave. */
final class BrokenFilesSection {
  static final String TITLE = "The broken files of datasets/encodings, read as UTF-8";

  private final Map<String, LoadResult<Row>> loaded = new LinkedHashMap<>();
  private final Map<String, String> refused = new LinkedHashMap<>();

  private BrokenFilesSection() {}

  /** Loads every broken file as UTF-8, keeping its result or its error. */
  static BrokenFilesSection load() {
    BrokenFilesSection section = new BrokenFilesSection();
    for (String broken : BrokenFiles.MALFORMED) {
      String file = Encodings.MALFORMED + broken + ".csv";
      try {
        section.loaded.put(file, Datasets.encodings(file, StandardCharsets.UTF_8).result());
      } catch (LoadException e) {
        section.refused.put(file, e.getMessage());
      }
    }
    return section;
  }

  /** Returns one finding per file: an error when it was refused, a warning when it lost rows to the quarantine. */
  List<Verdict.Item> findings() {
    String anchor = HtmlReport.anchor(TITLE);
    List<Verdict.Item> findings = new ArrayList<>();
    refused.forEach((file, error) -> findings.add(new Verdict.Item(Level.ERROR, file, "refused, nothing loaded",
        error.substring(error.indexOf(": ") + 2), "", anchor)));
    loaded.forEach((file, result) -> {
      if (!result.quarantined().isEmpty()) {
        findings.add(new Verdict.Item(Level.WARN, file, "rows quarantined: " + result.quarantined().get(0).reason(),
            result.quarantined().size() + " of " + result.rowsRead() + " rows read",
            LoadingVerdict.lines(result.quarantined().stream().map(QuarantinedRow::line).toList()), anchor));
      }
    });
    return findings;
  }

  /** Adds the table of every broken file: read, kept, quarantined, or the error. */
  void addTo(HtmlReport report) {
    report.heading(TITLE);
    report.paragraph("Each file is read as UTF-8 with the schema of datasets/encodings. A refused file gives no rows at all;"
        + " the error names the line and column to look at.");
    List<List<String>> rows = new ArrayList<>();
    loaded.forEach((file, result) -> rows.add(List.of(file, Long.toString(result.rowsRead()),
        Integer.toString(result.kept().size()), (result.quarantined().isEmpty() ? "" : "!") + result.quarantined().size(),
        result.quarantined().isEmpty() ? "loaded" : result.quarantined().stream().map(QuarantinedRow::toString)
            .collect(Collectors.joining("; ")))));
    refused.forEach((file, error) -> rows.add(List.of(file, "", "", "", "!refused: " + error)));
    report.table(List.of("file", "read", "kept", "quarantined", "what happened"), rows);
    report.chart(chart());
  }

  /** Returns bars of the rows each broken file kept and quarantined; a refused file has none. */
  private String chart() {
    List<String> files = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    List<Double> quarantined = new ArrayList<>();
    loaded.forEach((file, result) -> {
      files.add(file.substring(Encodings.MALFORMED.length()));
      kept.add((double) result.kept().size());
      quarantined.add((double) result.quarantined().size());
    });
    refused.keySet().forEach(file -> {
      files.add(file.substring(Encodings.MALFORMED.length()));
      kept.add(0.0);
      quarantined.add(0.0);
    });
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("kept", kept);
    series.put("quarantined", quarantined);
    return SvgChart.of("Rows kept and quarantined per broken file (a refused file gives none)", "file", "rows")
        .groupedBars(files, series);
  }
}
