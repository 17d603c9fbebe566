package cascadekit.examples.ch02;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.CellRepair;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import cascadekit.load.Row;
import cascadekit.report.HtmlReport;
import cascadekit.report.ManifestGaps;
import cascadekit.report.ReportFolder;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes chapter 02's offline HTML report, verdict first: the rows quarantined, why and on which
 * lines, the cells repaired, what each broken file of {@code encodings} gave; then read = kept +
 * quarantined per reason, the defects a loader does not look for, every quarantined row and repair.
 */
final class LoadingPage {
  static final String FILE = "02-loading.html";
  static final String COUNTS = "Read = kept + quarantined, per reason";
  static final String NOT_CHECKED = "What loading does not look for";
  static final String QUARANTINED = "Quarantined rows of " + ClinicVisits.FILE;
  static final String REPAIRED = "Cells the loader repaired";
  /** The manifest's defects the loader finds, as "column defect": a clinic outside the schema's values, and mojibake. */
  static final Set<String> FOUND = Set.of("clinic inconsistent_category", "clinic mojibake", "name mojibake");

  private LoadingPage() {}

  /** Writes the report of {@code visits} under the report folder and returns its path as a learner types it. */
  static String write(Loaded visits) {
    return ReportFolder.display(write(visits, ReportFolder.path().resolve(FILE)));
  }

  /** Writes the report of {@code visits} to {@code file} and returns the file. */
  static Path write(Loaded visits, Path file) {
    LoadResult<Row> result = visits.result();
    HtmlReport report = HtmlReport.titled("Chapter 02: loading " + ClinicVisits.FILE + " and the broken files");
    BrokenFilesSection broken = BrokenFilesSection.load();
    Verdict.add(report, LoadingVerdict.of(visits, broken));
    report.heading(COUNTS);
    report.paragraph(result.reconciliation() + ". Every row read is either kept or quarantined with its reason.");
    List<List<String>> counts = new ArrayList<>();
    counts.add(List.of("kept", "", Integer.toString(result.kept().size())));
    result.quarantined().stream().collect(Collectors.groupingBy(q -> q.column() + ": " + q.reason(), TreeMap::new,
        Collectors.counting())).forEach((reason, n) -> counts.add(List.of("!quarantined", reason, Long.toString(n))));
    counts.add(List.of("read", "", Long.toString(result.rowsRead())));
    report.table(List.of("rows", "reason", "count"), counts);
    ManifestGaps.add(report, NOT_CHECKED, "A schema checks types, allowed values and the charset; it reads dates in any"
        + " declared pattern and keeps missing values as missing. The manifest lists these defects too; the loader does not"
        + " report them, so the verdict does not count them: chapter 03 measures them and chapter 04 fixes them.",
        Datasets.clinicVisitsManifest().table(), (column, defect) -> FOUND.contains(column + " " + defect));
    report.heading(QUARANTINED);
    report.table(List.of("line", "column", "value", "reason"), result.quarantined().stream()
        .map(q -> List.of(Long.toString(q.line()), q.column().isEmpty() ? "(whole row)" : q.column(), q.value(),
            "!" + q.reason())).toList());
    repairs(report, visits.repairs());
    broken.addTo(report);
    return report.writeTo(file);
  }

  private static void repairs(HtmlReport report, List<CellRepair> repairs) {
    report.heading(REPAIRED);
    report.paragraph(repairs.size() + " cells held UTF-8 text decoded as windows-1252 (mojibake); the loader decoded them"
        + " again and kept both texts, so no change is silent.");
    report.table(List.of("line", "column", "as read", "as loaded"), repairs.stream()
        .map(r -> List.of(Long.toString(r.line()), r.column(), r.before(), r.after())).toList());
  }
}
