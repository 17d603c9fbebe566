package cascadekit.examples.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.document.DatasetLock;
import cascadekit.document.EventType;
import cascadekit.document.LineageGraph;
import cascadekit.document.RunEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What chapter 09's example writes: four documents that agree with the data and with each other. */
class DocumentationExampleTest {
  private static final Path OUT = Datasets.root().resolve("target").resolve("ch09-example");
  private static DocumentedRun run;
  private static Documents docs;

  @BeforeAll
  static void runTheExample() {
    run = DocumentedRun.of(OUT);
    docs = Documents.of(run);
  }

  @Test
  void should_write_a_croissant_file_that_parses_and_has_every_required_field() throws IOException {
    // WHEN the Croissant file is parsed as JSON
    JsonNode json = new ObjectMapper().readTree(docs.croissant().toFile());
    // THEN
    for (String field : List.of("@context", "@type", "conformsTo", "name", "description", "license", "url", "creator",
        "datePublished", "distribution", "recordSet")) {
      assertThat(json.has(field)).as("Croissant field %s", field).isTrue();
    }
    assertThat(json.get("recordSet").get(0).get("field")).as("one field per column of the cleaned table")
        .hasSize(run.cleaning().table().columnCount());
  }

  @Test
  void should_lock_the_cleaned_data_and_document_the_figures_it_holds() throws IOException {
    Path folder = docs.lock().getParent();
    assertThat(DatasetLock.check(folder).lines()).as("the cleaned folder against its lock").isEmpty();
    String written = Files.readString(folder.resolve("DATASHEET.md"));
    assertThat(docs.datasheet().staleFigures(written)).as("figures the datasheet does not show").isEmpty();
    assertThat(written).as("the audit log's steps in the datasheet")
        .contains("- cleaning step height-metres: 60 changes");
  }

  @Test
  void should_log_start_and_complete_for_each_step_and_trace_the_cleaned_file_to_the_raw_one() {
    List<RunEvent> events = run.lineage().events();
    assertThat(events).as("event types").extracting(RunEvent::eventType).containsExactly(
        EventType.START, EventType.COMPLETE, EventType.START, EventType.COMPLETE,
        EventType.START, EventType.COMPLETE, EventType.START, EventType.COMPLETE);
    var provenance = LineageGraph.of(events).provenance(DocumentedRun.name(folderFile("visits_clean.csv")));
    assertThat(provenance.steps()).as("steps").containsExactly("load-visits", "clean-visits");
    assertThat(provenance.sources()).as("sources").containsExactly("datasets/clinic-visits/visits.csv");
  }

  @Test
  void should_cost_accuracy_when_centimetres_are_taken_for_metres() {
    UnitAssumption cost = UnitAssumption.of(run.cleaning().table());
    assertThat(cost.readRight()).as("accuracy with heights read right").isGreaterThan(0.75);
    assertThat(cost.costInPoints()).as("points lost to the assumption").isGreaterThan(20);
  }

  private static Path folderFile(String name) {
    return OUT.resolve(DocumentedRun.CLEANED).resolve(name);
  }
}
