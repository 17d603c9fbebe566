package cascadekit.examples.ch09;

import cascadekit.check.Level;
import cascadekit.document.DatasetLock;
import cascadekit.document.Datasheet;
import cascadekit.document.DatasheetQuestions;
import cascadekit.document.EventType;
import cascadekit.document.LineageDataset;
import cascadekit.document.LockDiff;
import cascadekit.document.LockedFile;
import cascadekit.document.RunEvent;
import cascadekit.report.HtmlReport;
import cascadekit.report.LineageSection;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chapter 09's HTML page, verdict first: the cleaned folder against its lock, the datasheet's
 * questions left for a person, each step's last event; then the evidence of each, and the graph.
 */
final class LineagePage {
  static final String LOCK = "Lock check";
  static final String DATASHEET = "Datasheet";
  static final String LINEAGE = "Lineage";

  private LineagePage() {}

  /** Writes the page of the {@code folder} locked and documented by {@code datasheet}, and of {@code events}, to {@code page}. */
  static Path write(Path page, Path folder, Datasheet datasheet, List<RunEvent> events) {
    LockDiff diff = DatasetLock.check(folder);
    List<LockedFile> onDisk = DatasetLock.of(folder).files();
    int locked = onDisk.size() - diff.added().size() + diff.missing().size();
    int todos = todos(datasheet);
    Map<String, RunEvent> last = lastEvents(events);
    HtmlReport report = HtmlReport.titled("Chapter 09: documents and lineage of clinic-visits");
    Verdict.add(report, verdict(diff, todos, events));
    Map<EventType, Long> status = last.values().stream()
        .collect(Collectors.groupingBy(RunEvent::eventType, () -> new EnumMap<>(EventType.class), Collectors.counting()));
    report.paragraph("Checked: " + folder.getFileName() + " against its " + DatasetLock.FILE_NAME + " (" + locked
        + " files locked; " + diff.changed().size() + " changed, " + diff.added().size() + " added, " + diff.missing().size()
        + " missing); " + Datasheet.FILE_NAME + " (" + todos + " of " + DatasheetQuestions.ALL.size() + " questions TODO); "
        + "the lineage (" + last.size() + " steps: " + status.getOrDefault(EventType.COMPLETE, 0L) + " COMPLETE, "
        + status.getOrDefault(EventType.FAIL, 0L) + " FAIL, " + status.getOrDefault(EventType.START, 0L) + " never ended).");
    report.heading(LOCK).paragraph(diff.isEmpty() ? "Every file on disk is the one locked." : String.join("; ", diff.lines()) + ".")
        .table(List.of("file", "status", "bytes", "sha-256 now"), lockRows(onDisk, diff));
    report.heading(DATASHEET).paragraph(Datasheet.FILE_NAME + ": " + datasheet.allFigures().size() + " figures from the data; "
        + todos + " of its " + DatasheetQuestions.ALL.size() + " questions still marked TODO for a person.");
    report.heading(LINEAGE).paragraph("Each step's last event, read from lineage.jsonl; in the graph each box right of an arrow"
        + " was written by the step on its left.")
        .table(List.of("step", "last event", "inputs", "outputs"), last.values().stream().map(e -> List.of(e.job().name(),
            (e.eventType() == EventType.COMPLETE ? "" : "!") + e.eventType(), names(e.inputs()), names(e.outputs()))).toList())
        .chart(LineageSection.svg(events));
    return report.writeTo(page);
  }

  /** Returns the findings: lock differences, TODOs, and steps that failed or never ended. */
  static List<Verdict.Item> verdict(LockDiff diff, int todos, List<RunEvent> events) {
    String lock = HtmlReport.anchor(LOCK);
    List<Verdict.Item> items = new ArrayList<>();
    lockItem(items, Level.ERROR, "files changed since they were locked", diff.changed(), lock);
    lockItem(items, Level.ERROR, "locked files missing", diff.missing(), lock);
    lockItem(items, Level.WARN, "files the lock does not list", diff.added(), lock);
    if (todos > 0) {
      items.add(new Verdict.Item(Level.WARN, Datasheet.FILE_NAME, "questions only a person can answer are still TODO",
          todos + " of " + DatasheetQuestions.ALL.size() + " questions", "", HtmlReport.anchor(DATASHEET)));
    }
    for (RunEvent e : lastEvents(events).values()) {
      if (e.eventType() != EventType.COMPLETE) {
        boolean failed = e.eventType() == EventType.FAIL;
        items.add(new Verdict.Item(failed ? Level.ERROR : Level.WARN, e.job().name(), failed ? "the step failed"
            : "the step started and never ended", "last event " + e.eventType() + " at " + e.eventTime()
            + e.errorMessage().map(m -> ": " + m).orElse(""), "", HtmlReport.anchor(LINEAGE)));
      }
    }
    return items;
  }

  /** Returns how many of {@code datasheet}'s answers are still a TODO for a person. */
  static int todos(Datasheet datasheet) {
    return datasheet.markdown().split(Pattern.quote(Datasheet.TODO), -1).length - 1;
  }

  private static void lockItem(List<Verdict.Item> items, Level level, String what, List<LockedFile> files, String anchor) {
    if (!files.isEmpty()) {
      items.add(new Verdict.Item(level, DatasetLock.FILE_NAME, what, files.size() + (files.size() == 1 ? " file" : " files"),
          files.stream().map(LockedFile::path).collect(Collectors.joining(", ")), anchor));
    }
  }

  private static List<List<String>> lockRows(List<LockedFile> onDisk, LockDiff diff) {
    Set<String> changed = diff.changed().stream().map(LockedFile::path).collect(Collectors.toSet());
    Set<String> added = diff.added().stream().map(LockedFile::path).collect(Collectors.toSet());
    List<List<String>> rows = new ArrayList<>();
    for (LockedFile f : onDisk) {
      String status = changed.contains(f.path()) ? "!changed" : added.contains(f.path()) ? "!not in the lock" : "✓ as locked";
      rows.add(List.of(f.path(), status, Long.toString(f.size()), f.sha256()));
    }
    diff.missing().forEach(f -> rows.add(List.of(f.path(), "!missing", "", "")));
    return rows;
  }

  private static Map<String, RunEvent> lastEvents(List<RunEvent> events) {
    Map<String, RunEvent> last = new LinkedHashMap<>();
    events.forEach(e -> last.put(e.job().name(), e));
    return last;
  }

  private static String names(List<LineageDataset> datasets) {
    return datasets.stream().map(d -> Path.of(d.name()).getFileName().toString()).collect(Collectors.joining(", "));
  }
}
