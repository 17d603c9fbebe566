package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import cascadekit.ch09.LineageQuery.Event;
import cascadekit.ch09.LineageQuery.Provenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("09.lineage-query: which steps and inputs produced this file?")
class LineageQueryTest {
  private static final Event LOAD = complete("r1", "load", List.of("raw/visits.csv"), List.of("loaded/visits.csv"));
  private static final Event LOAD_SITES = complete("r2", "load-sites", List.of("raw/sites.csv"), List.of("loaded/sites.csv"));
  private static final Event CLEAN = complete("r3", "clean", List.of("loaded/visits.csv", "raw/units.yaml"),
      List.of("clean/visits.csv", "clean/audit.csv"));
  private static final Event JOIN = complete("r4", "join", List.of("clean/visits.csv", "loaded/sites.csv"),
      List.of("joined/visits.csv"));
  private static final Event SPLIT = complete("r5", "split", List.of("joined/visits.csv"),
      List.of("split/train.csv", "split/test.csv"));
  private static final Event FAST_FAILED = new Event("FAIL", "r6", "split-fast", List.of("raw/old-visits.csv"),
      List.of("split/train.csv"));
  private static final Event REPORT = complete("r7", "report", List.of("split/train.csv", "clean/audit.csv"),
      List.of("report.html"));
  /** The chapter 02-04 pipeline's events, in the order they were logged. */
  private static final List<Event> LOG = List.of(
      new Event("START", "r1", "load", List.of("raw/visits.csv"), List.of()), LOAD, LOAD_SITES, CLEAN, JOIN, SPLIT,
      new Event("START", "r6", "split-fast", List.of("raw/old-visits.csv"), List.of()), FAST_FAILED, REPORT);
  private static final String PIPELINE = """
      load:       raw/visits.csv -> loaded/visits.csv
      load-sites: raw/sites.csv -> loaded/sites.csv
      clean:      loaded/visits.csv, raw/units.yaml -> clean/visits.csv, clean/audit.csv
      join:       clean/visits.csv, loaded/sites.csv -> joined/visits.csv
      split:      joined/visits.csv -> split/train.csv, split/test.csv
      split-fast: raw/old-visits.csv -> split/train.csv   (FAIL)
      report:     split/train.csv, clean/audit.csv -> report.html""";

  @Test
  @Tag("task:1")
  @DisplayName("each output of a COMPLETE event maps to that event; START and FAIL events produce nothing")
  void producers() {
    Map<String, Event> producers = LineageQuery.producers(LOG);
    assertThat(producers.keySet()).as("files produced, sorted, in the pipeline%n%s", PIPELINE)
        .containsExactly("clean/audit.csv", "clean/visits.csv", "joined/visits.csv", "loaded/sites.csv",
            "loaded/visits.csv", "report.html", "split/test.csv", "split/train.csv");
    assertThat(producers.get("split/train.csv"))
        .as("producer of split/train.csv: split-fast FAILed after split completed; a failed run wrote nothing")
        .isEqualTo(SPLIT);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a file two COMPLETE runs produced belongs to the later run")
  void laterRunWins() {
    Event first = complete("a", "clean", List.of("raw.csv"), List.of("clean.csv"));
    Event rerun = complete("b", "clean-v2", List.of("raw.csv"), List.of("clean.csv"));
    assertThat(LineageQuery.producers(List.of(first, rerun)))
        .as("producers([clean -> clean.csv, clean-v2 -> clean.csv]): the re-run overwrote the file")
        .containsExactly(Map.entry("clean.csv", rerun));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the provenance follows every input back to raw files, not just the direct parent")
  void transitive() {
    assertThat(LineageQuery.provenance(LOG, "clean/audit.csv"))
        .as("provenance of clean/audit.csv: clean read loaded/visits.csv, which load made from raw/visits.csv%n%s",
            PIPELINE)
        .isEqualTo(new Provenance(List.of("load", "clean"), List.of("raw/units.yaml", "raw/visits.csv")));
    assertThat(LineageQuery.provenance(LOG, "split/train.csv"))
        .as("provenance of split/train.csv: steps in the order they ran, raw inputs sorted; split-fast failed%n%s",
            PIPELINE)
        .isEqualTo(new Provenance(List.of("load", "load-sites", "clean", "join", "split"),
            List.of("raw/sites.csv", "raw/units.yaml", "raw/visits.csv")));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a file reached by two paths (a diamond) is no cycle, and each step is named once")
  void diamond() {
    assertThat(LineageQuery.provenance(LOG, "report.html"))
        .as("provenance of report.html: clean is reached through split/train.csv and through clean/audit.csv%n%s",
            PIPELINE)
        .isEqualTo(new Provenance(List.of("load", "load-sites", "clean", "join", "split", "report"),
            List.of("raw/sites.csv", "raw/units.yaml", "raw/visits.csv")));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a raw file is its own only input; a file no completed run knows is refused")
  void rawAndUnknown() {
    assertThat(LineageQuery.provenance(LOG, "raw/units.yaml")).as("provenance of raw/units.yaml")
        .isEqualTo(new Provenance(List.of(), List.of("raw/units.yaml")));
    assertThatIllegalArgumentException().as("provenance of nowhere.csv, which no event names")
        .isThrownBy(() -> LineageQuery.provenance(LOG, "nowhere.csv")).withMessageContaining("nowhere.csv");
    assertThatIllegalArgumentException().as("provenance of raw/old-visits.csv, read only by a FAILed run")
        .isThrownBy(() -> LineageQuery.provenance(LOG, "raw/old-visits.csv")).withMessageContaining("raw/old-visits.csv");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a file that descends from itself is a cycle, refused")
  void cycle() {
    List<Event> loop = List.of(complete("r1", "seed", List.of("raw.csv"), List.of("a.csv")),
        complete("r2", "fix", List.of("a.csv"), List.of("b.csv")),
        complete("r3", "unfix", List.of("b.csv"), List.of("a.csv")));
    assertThatIllegalStateException()
        .as("provenance(b.csv) where fix made b.csv from a.csv and unfix then made a.csv from b.csv")
        .isThrownBy(() -> LineageQuery.provenance(loop, "b.csv"))
        .withMessageContaining("cycle").withMessageMatching("(?s).*\\b[ab]\\.csv.*");
  }

  private static Event complete(String runId, String job, List<String> inputs, List<String> outputs) {
    return new Event("COMPLETE", runId, job, inputs, outputs);
  }
}
