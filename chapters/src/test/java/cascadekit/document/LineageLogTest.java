package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A step's run events, written with a fixed clock and run id, then read back. */
class LineageLogTest {
  private static final Clock NINE_AM =
      Clock.fixed(Instant.parse("2024-05-08T09:00:00Z"), ZoneOffset.UTC);
  private static final UUID RUN = UUID.fromString("00000000-0000-4000-8000-000000000001");

  private static final String FACET =
      "\"_producer\": \"urn:cascadekit:document:lineage-log\", \"_schemaURL\": "
          + "\"https://openlineage.io/spec/facets/1-0-0/";
  private static final String START_EVENT =
      """
      {"eventType": "START", "eventTime": "2024-05-08T09:00:00Z",
       "run": {"runId": "00000000-0000-4000-8000-000000000001"},
       "job": {"namespace": "cascadekit", "name": "clean"},
       "inputs": [{"namespace": "file", "name": "in.csv", "facets": {
         "version": {FACET DatasetVersionDatasetFacet.json#/$defs/DatasetVersionDatasetFacet",
                     "datasetVersion": "$A"},
         "schema": {FACET SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet",
                    "fields": [{"name": "age", "type": "INTEGER"},
                               {"name": "city", "type": "STRING"}]},
         "dataQualityMetrics": {
           FACET DataQualityMetricsDatasetFacet.json#/$defs/DataQualityMetricsDatasetFacet",
           "rowCount": 3,
           "columnMetrics": {"age": {"nullCount": 1}, "city": {"nullCount": 1}}}}}],
       "outputs": [],
       "producer": "urn:cascadekit:document:lineage-log",
       "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}
      """
          .replace("FACET ", FACET);

  @TempDir Path dir;

  @Test
  void should_write_a_start_event_in_openlineage_s_shape() throws IOException {
    // GIVEN a table of 3 rows with one missing age and one missing city, saved as the byte 'a'
    Path file = Files.writeString(dir.resolve("in.csv"), "a");
    Table table =
        Table.create(
            IntColumn.create("age", new int[] {30, Integer.MIN_VALUE, 41}),
            StringColumn.create("city", "Lyon", "", "Oslo"));
    LineageDataset input = LineageDataset.file(dir, file, table);
    // WHEN a step starts with it as input
    LineageLog.to(dir.resolve("lineage.jsonl"), NINE_AM, () -> RUN).start("clean", List.of(input));
    // THEN one line holds the event, its facets and their schema URLs
    List<String> lines = Files.readAllLines(dir.resolve("lineage.jsonl"));
    assertThat(lines).as("lines of lineage.jsonl").hasSize(1);
    JsonNode expected = new ObjectMapper().readTree(START_EVENT.replace("$A", ContentHashTest.A));
    assertThat(new ObjectMapper().readTree(lines.get(0))).as("the START event").isEqualTo(expected);
  }

  @Test
  void should_read_back_the_start_and_complete_of_a_step() {
    // GIVEN a log and a step that reads one dataset and writes another
    LineageLog log = LineageLog.to(dir.resolve("logs/lineage.jsonl"), NINE_AM, () -> RUN);
    TableFacts facts = new TableFacts(2, List.of(new TableFacts.ColumnFacts("x", "DOUBLE", 0)));
    LineageDataset in =
        new LineageDataset("file", "raw.csv", ContentHashTest.A, Optional.of(facts));
    LineageDataset out =
        new LineageDataset("file", "clean.csv", ContentHashTest.B_LF, Optional.empty());
    // WHEN the step runs and the log is read back
    log.run("clean", List.of(in), () -> List.of(out));
    List<RunEvent> events = log.events();
    // THEN it holds START with the input, then COMPLETE with input and output
    RunEvent.Job job = new RunEvent.Job("cascadekit", "clean");
    Instant nine = NINE_AM.instant();
    String producer = LineageLog.PRODUCER;
    assertThat(events)
        .as("events read back")
        .containsExactly(
            new RunEvent(
                EventType.START,
                nine,
                RUN,
                job,
                List.of(in),
                List.of(),
                Optional.empty(),
                producer),
            new RunEvent(
                EventType.COMPLETE,
                nine,
                RUN,
                job,
                List.of(in),
                List.of(out),
                Optional.empty(),
                producer));
  }

  @Test
  void should_emit_fail_with_the_error_and_throw_it_on() {
    // GIVEN a step that throws
    LineageLog log = LineageLog.to(dir.resolve("lineage.jsonl"), NINE_AM, () -> RUN);
    // WHEN it runs
    assertThatThrownBy(
            () ->
                log.run(
                    "clean",
                    List.of(),
                    () -> {
                      throw new IllegalStateException("no column 'age'");
                    }))
        .as("the step's exception")
        .isInstanceOf(IllegalStateException.class);
    // THEN the log ends with FAIL and the message
    RunEvent last = log.events().get(1);
    assertThat(last.eventType()).as("last event type").isEqualTo(EventType.FAIL);
    assertThat(last.errorMessage()).as("error").contains("IllegalStateException: no column 'age'");
  }

  @Test
  void should_refuse_to_end_a_run_twice() {
    // GIVEN a run that completed
    LineageRun run =
        LineageLog.to(dir.resolve("lineage.jsonl"), NINE_AM, () -> RUN).start("clean", List.of());
    run.complete(List.of());
    // WHEN it fails after that
    // THEN it is refused, naming the run and how it ended
    assertThatThrownBy(() -> run.fail("late"))
        .as("a second end")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(RUN.toString())
        .hasMessageContaining("COMPLETE");
  }

  @Test
  void should_draw_the_same_version_4_ids_from_the_same_seed() {
    // GIVEN two id sources with one seed
    var first = RunIds.seeded(7);
    var second = RunIds.seeded(7);
    // WHEN three ids are drawn from each
    List<UUID> a = List.of(first.get(), first.get(), first.get());
    List<UUID> b = List.of(second.get(), second.get(), second.get());
    // THEN they are the same, distinct, random (version 4) ids of the IETF variant
    assertThat(a).as("ids of seed 7, twice").isEqualTo(b).doesNotHaveDuplicates();
    assertThat(a).as("versions").extracting(UUID::version).containsOnly(4);
    assertThat(a).as("variants").extracting(UUID::variant).containsOnly(2);
  }
}
