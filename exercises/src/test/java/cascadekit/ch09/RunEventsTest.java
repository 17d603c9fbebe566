package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch09.RunEvents.Dataset;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("09.run-events: OpenLineage START, COMPLETE and FAIL events for a pipeline step")
class RunEventsTest {
  private static final UUID ID_1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID ID_2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
  private static final Dataset RAW = new Dataset("raw/visits.csv", "fcc88378");
  private static final Dataset CLEAN = new Dataset("clean/visits.csv", "d03c29b8");
  private static final Dataset AUDIT = new Dataset("clean/audit.csv", "87428fc5");
  private static final String RAW_JSON =
      "{\"namespace\":\"file\",\"name\":\"raw/visits.csv\",\"facets\":{\"version\":{\"datasetVersion\":\"fcc88378\"}}}";
  private static final String CLEAN_JSON =
      "{\"namespace\":\"file\",\"name\":\"clean/visits.csv\",\"facets\":{\"version\":{\"datasetVersion\":\"d03c29b8\"}}}";
  private static final String AUDIT_JSON =
      "{\"namespace\":\"file\",\"name\":\"clean/audit.csv\",\"facets\":{\"version\":{\"datasetVersion\":\"87428fc5\"}}}";
  private static final String START = "{\"eventType\":\"START\",\"eventTime\":\"2024-05-01T10:00:00Z\","
      + "\"run\":{\"runId\":\"00000000-0000-4000-8000-000000000001\"},"
      + "\"job\":{\"namespace\":\"cascadekit\",\"name\":\"clean\"},"
      + "\"inputs\":[" + RAW_JSON + "],\"outputs\":[]}";
  private static final String COMPLETE = "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2024-05-01T10:00:05Z\","
      + "\"run\":{\"runId\":\"00000000-0000-4000-8000-000000000001\"},"
      + "\"job\":{\"namespace\":\"cascadekit\",\"name\":\"clean\"},"
      + "\"inputs\":[" + RAW_JSON + "],\"outputs\":[" + CLEAN_JSON + "," + AUDIT_JSON + "]}";
  private static final String FAIL = "{\"eventType\":\"FAIL\",\"eventTime\":\"2024-05-01T10:00:05Z\","
      + "\"run\":{\"runId\":\"00000000-0000-4000-8000-000000000001\",\"facets\":{\"errorMessage\":"
      + "{\"message\":\"line 3: height \\\"1,72\\\" is not a number\\nin raw/visits.csv\","
      + "\"programmingLanguage\":\"JAVA\"}}},"
      + "\"job\":{\"namespace\":\"cascadekit\",\"name\":\"clean\"},"
      + "\"inputs\":[" + RAW_JSON + "],\"outputs\":[]}";
  private static final String ERROR = "line 3: height \"1,72\" is not a number\nin raw/visits.csv";

  @Test
  @Tag("task:1")
  @DisplayName("a JSON string is the text in double quotes, quotes and backslashes escaped")
  void quote() {
    assertThat(RunEvents.quote("raw/visits.csv")).as("quote(raw/visits.csv)").isEqualTo("\"raw/visits.csv\"");
    assertThat(RunEvents.quote("C:\\data \"v2\""))
        .as("quote of C:\\data \"v2\": each \\ and \" gets a backslash before it").isEqualTo("\"C:\\\\data \\\"v2\\\"\"");
    assertThat(RunEvents.quote("Malmö")).as("quote(Malmö): characters above U+001F stay as they are")
        .isEqualTo("\"Malmö\"");
  }

  @Test
  @Tag("task:1")
  @DisplayName("newline, return, tab and other control characters are escaped, so an event stays on one line")
  void quoteControlCharacters() {
    String text = "a\nb\tc\rd" + (char) 1 + (char) 0x1f + " ";
    assertThat(RunEvents.quote(text))
        .as("quote of a, newline, b, tab, c, return, d, U+0001, U+001F, space: a raw newline would split the "
            + "event's line in two")
        .isEqualTo("\"a\\nb\\tc\\rd\\u0001\\u001f \"");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a START event in the stated shape: type, time, run id, job, inputs, no outputs")
  void startEvent() {
    assertThat(RunEvents.event("START", ID_1, Instant.parse("2024-05-01T10:00:00Z"), "clean", List.of(RAW), List.of(), null))
        .as("event(START, id 1, 10:00:00Z, clean, [raw/visits.csv], [], null)%n expected %s", START)
        .isEqualTo(START);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a COMPLETE lists every output; a FAIL's run carries the escaped error message")
  void completeAndFailEvents() {
    Instant later = Instant.parse("2024-05-01T10:00:05Z");
    assertThat(RunEvents.event("COMPLETE", ID_1, later, "clean", List.of(RAW), List.of(CLEAN, AUDIT), null))
        .as("event(COMPLETE, ..., outputs [clean/visits.csv, clean/audit.csv], null)%n expected %s", COMPLETE)
        .isEqualTo(COMPLETE);
    assertThat(RunEvents.event("FAIL", ID_1, later, "clean", List.of(RAW), List.of(), ERROR))
        .as("event(FAIL, ..., error with quotes and a newline)%n expected %s", FAIL)
        .isEqualTo(FAIL);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a step that succeeds gives START then COMPLETE, one run id, two times")
  void runCompletes() {
    List<String> events = RunEvents.run("clean", List.of(RAW), () -> List.of(CLEAN, AUDIT), ids(), clock());
    assertThat(events)
        .as("run(clean, ...) with run ids [1, 2] and clock [10:00:00, 10:00:05]: START and COMPLETE are one run, "
            + "so both carry run id 1; each event reads the clock%n expected%n %s%n %s", START, COMPLETE)
        .containsExactly(START, COMPLETE);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a step that throws gives START then FAIL with its message, and nothing is rethrown")
  void runFails() {
    List<String> events = RunEvents.run("clean", List.of(RAW), () -> {
      throw new IllegalArgumentException(ERROR);
    }, ids(), clock());
    assertThat(events)
        .as("run(clean, ...) whose step throws \"%s\"%n expected%n %s%n %s", ERROR, START, FAIL)
        .containsExactly(START, FAIL);
  }

  private static Supplier<UUID> ids() {
    Iterator<UUID> ids = List.of(ID_1, ID_2).iterator();
    return ids::next;
  }

  private static Supplier<Instant> clock() {
    Iterator<Instant> times = List.of(Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:00:05Z"),
        Instant.parse("2024-05-01T10:00:09Z")).iterator();
    return times::next;
  }
}
