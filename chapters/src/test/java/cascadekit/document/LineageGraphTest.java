package cascadekit.document;

import static cascadekit.document.TestRuns.id;
import static cascadekit.document.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks a small pipeline's log backwards, where one step ran twice. */
class LineageGraphTest {
  private final List<RunEvent> log = new ArrayList<>();

  @BeforeEach
  void write_the_log() {
    // load -> clean -> (an unrelated step) -> train, then clean again after training
    log.add(run(EventType.COMPLETE, 1, "load", List.of("raw.csv"), List.of("loaded.csv")));
    log.add(run(EventType.START, 2, "clean", List.of("loaded.csv", "units.csv"), List.of()));
    log.add(
        run(
            EventType.COMPLETE,
            2,
            "clean",
            List.of("loaded.csv", "units.csv"),
            List.of("clean.csv")));
    log.add(run(EventType.COMPLETE, 3, "tally", List.of("other.csv"), List.of("tally.csv")));
    log.add(run(EventType.FAIL, 4, "train", List.of("clean.csv", "tally.csv"), List.of()));
    log.add(run(EventType.COMPLETE, 5, "train", List.of("clean.csv"), List.of("model.csv")));
    log.add(run(EventType.COMPLETE, 6, "clean", List.of("loaded.csv"), List.of("clean.csv")));
  }

  @Test
  void should_name_every_step_and_input_upstream_of_a_file() {
    // GIVEN the log
    // WHEN the model's provenance is asked for
    Provenance provenance = LineageGraph.of(log).provenance("model.csv");
    // THEN the steps it descends from run in order, with their inputs and the sources among them
    assertThat(provenance.steps()).as("steps").containsExactly("load", "clean", "train");
    assertThat(provenance.runs())
        .as("run ids")
        .extracting(RunEvent::runId)
        .containsExactly(id(1), id(2), id(5));
    assertThat(provenance.inputs())
        .as("inputs")
        .containsExactly("raw.csv", "loaded.csv", "units.csv", "clean.csv");
    assertThat(provenance.sources()).as("sources").containsExactly("raw.csv", "units.csv");
  }

  @Test
  void should_trace_a_file_to_the_last_run_that_wrote_it() {
    // GIVEN the log, where clean.csv was written again after training
    // WHEN clean.csv's provenance is asked for
    Provenance provenance = LineageGraph.of(log).provenance("clean.csv");
    // THEN it is the second clean run's, which did not read units.csv
    assertThat(provenance.runs())
        .as("run ids")
        .extracting(RunEvent::runId)
        .containsExactly(id(1), id(6));
    assertThat(provenance.sources()).as("sources").containsExactly("raw.csv");
  }

  @Test
  void should_find_no_step_upstream_of_a_source() {
    // GIVEN the log
    // WHEN a file that only was read is asked about
    Provenance provenance = LineageGraph.of(log).provenance("raw.csv");
    // THEN no step produced it
    assertThat(provenance.runs()).as("runs upstream of raw.csv").isEmpty();
  }

  @Test
  void should_refuse_a_dataset_no_completed_run_used() {
    // GIVEN the log
    // WHEN a dataset the log never names is asked about
    // THEN it is refused by name
    assertThatThrownBy(() -> LineageGraph.of(log).provenance("visits.csv"))
        .as("an unknown dataset")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visits.csv");
  }
}
