package cascadekit.examples.ch02;

import cascadekit.data.Datasets;
import cascadekit.data.Encodings;
import cascadekit.load.LoadException;
import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Row;
import cascadekit.report.HtmlReport;
import cascadekit.report.ReportTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chapter 02's report on the broken files of {@code datasets/encodings}: what each one gave. */
final class BrokenFilesSection {
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

  /** Returns one finding per file that quarantined rows or was refused. */
  List<String> findings() {
    List<String> findings = new ArrayList<>();
    loaded.forEach((file, result) -> {
      if (!result.quarantined().isEmpty()) {
        findings.add(file + ": " + result.quarantined().size() + " rows quarantined at lines "
            + result.quarantined().stream().map(q -> Long.toString(q.line())).collect(Collectors.joining(", ")));
      }
    });
    refused.forEach((file, error) -> findings.add(file + ": refused: " + error));
    return findings;
  }

  /** Adds the table of every broken file: read, kept, quarantined, or the error. */
  void addTo(HtmlReport report) {
    report.heading("The broken files of datasets/encodings, read as UTF-8");
    List<List<String>> rows = new ArrayList<>();
    loaded.forEach((file, result) -> rows.add(List.of(file, Long.toString(result.rowsRead()),
        Integer.toString(result.kept().size()), (result.quarantined().isEmpty() ? "" : "!✗ ") + result.quarantined().size(),
        result.quarantined().stream().map(QuarantinedRow::toString).collect(Collectors.joining("; ")))));
    refused.forEach((file, error) -> rows.add(List.of(file, "", "", "", "!✗ refused: " + error)));
    report.fragment(ReportTable.table(List.of("file", "read", "kept", "quarantined", "what happened"), rows));
  }
}
