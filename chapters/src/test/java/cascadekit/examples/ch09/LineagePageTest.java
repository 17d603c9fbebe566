package cascadekit.examples.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.document.EventType;
import cascadekit.document.LineageLog;
import cascadekit.document.LockDiff;
import cascadekit.document.RunEvent;
import cascadekit.report.Verdict;
import cascadekit.report.ReportPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chapter 09's page: a verdict first, on the lock, the datasheet and the steps' last events. */
class LineagePageTest {
  private static final Path OUT = Datasets.root().resolve("target").resolve("ch09-page");
  private static Documents docs;

  @BeforeAll
  static void runTheExample() {
    docs = Documents.of(DocumentedRun.of(OUT));
  }

  @Test
  void should_open_with_a_verdict_that_finds_nothing_and_says_what_it_checked() throws Exception {
    // WHEN
    String html = Files.readString(docs.page());
    // THEN
    ReportPage.of(html).assertReadable();
    assertThat(ReportPage.of(html).verdictItems()).as("findings on a folder just locked, a datasheet answered, a run that completed").isEmpty();
    assertThat(ReportPage.of(html).verdict()).contains("✓ Nothing found.");
    assertThat(html).as("what was checked, under the verdict").contains("Checked: clinic-visits-cleaned against its dataset.lock"
        + " (2 files locked; 0 changed, 0 added, 0 missing); DATASHEET.md (0 of 59 questions TODO); the lineage (4 steps:"
        + " 4 COMPLETE, 0 FAIL, 0 never ended).");
  }

  @Test
  void should_list_a_changed_missing_and_added_file_and_a_failed_step(@TempDir Path dir) throws Exception {
    // GIVEN a copy of the locked folder with one file changed, one gone and one new, and a step that failed
    Path folder = Files.createDirectories(dir.resolve("cleaned"));
    try (var files = Files.list(docs.lock().getParent())) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.writeString(folder.resolve("visits_clean.csv"), "\n", StandardOpenOption.APPEND);
    Files.delete(folder.resolve("audit.csv"));
    Files.writeString(folder.resolve("notes.txt"), "kept by hand\n");
    List<RunEvent> events = new ArrayList<>(LineageLog.read(OUT.resolve("lineage.jsonl")));
    events.add(new RunEvent(EventType.FAIL, Instant.parse("2024-01-02T00:00:00Z"), UUID.randomUUID(),
        new RunEvent.Job(LineageLog.NAMESPACE, "train-model"), List.of(), List.of(), Optional.of("no rows"), LineageLog.PRODUCER));
    // WHEN
    String html = Files.readString(LineagePage.write(dir.resolve("lineage.html"), folder, docs.datasheet(), events));
    // THEN
    ReportPage.of(html).assertReadable();
    assertThat(ReportPage.of(html).verdictItems()).as("errors first: changed, missing, the failed step; then the added file")
        .containsExactly(
            "✗ ERROR dataset.lock: files changed since they were locked — 1 file; visits_clean.csv",
            "✗ ERROR dataset.lock: locked files missing — 1 file; audit.csv",
            "✗ ERROR train-model: the step failed — last event FAIL at 2024-01-02T00:00:00Z: no rows",
            "⚠ WARN dataset.lock: files the lock does not list — 1 file; notes.txt");
  }

  @Test
  void should_warn_of_questions_left_for_a_person() {
    // WHEN
    List<Verdict.Item> items = LineagePage.verdict(new LockDiff(List.of(), List.of(), List.of()), 3, List.of());
    // THEN
    assertThat(items).as("the datasheet's TODOs").singleElement()
        .satisfies(i -> assertThat(i.level()).isEqualTo(Level.WARN))
        .satisfies(i -> assertThat(i.howBad()).isEqualTo("3 of 59 questions"));
  }
}
