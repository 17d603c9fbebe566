package cascadekit.ch09;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Exercise 09.run-events: OpenLineage START, COMPLETE and FAIL events for a pipeline step.
 *
 * <p>Lineage answers "which step made this file, from which inputs, at which versions?". In
 * OpenLineage a step's run emits a START event, then COMPLETE or FAIL, both under one run id, so
 * a reader can pair them; each names its job and its input and output datasets, here with their
 * content hashes as a {@code version} facet. Events are written as one line of JSON each, in
 * exactly this shape (keys in this order, no spaces; chapter 09's {@code LineageLog} adds
 * schema and quality facets, a producer and a schema URL):
 * <pre>{@code
 * {"eventType":"START","eventTime":"2024-05-01T10:00:00Z","run":{"runId":"<uuid>"},
 *  "job":{"namespace":"cascadekit","name":"clean"},
 *  "inputs":[{"namespace":"file","name":"raw/visits.csv","facets":{"version":{"datasetVersion":"d03c..."}}}],
 *  "outputs":[]}
 * }</pre>
 * (shown on four lines here; one line in the event). A FAIL's run carries the error:
 * {@code "run":{"runId":"<uuid>","facets":{"errorMessage":{"message":"<text>","programmingLanguage":"JAVA"}}}}.
 *
 * <p>Task 1. Return {@code text} as a JSON string: in double quotes, with {@code "} and
 * {@code \} escaped by a backslash, newline, carriage return and tab as {@code \n}, {@code \r},
 * {@code \t}, and any other character below U+0020 as {@code \}{@code u00xx} (lowercase hex).
 * <pre>{@code
 * quote(the 9 characters: say "hi", newline)   // => the 14 characters: "say \"hi\"\n"
 * }</pre>
 *
 * <p>Task 2. Return the event, in the shape above; {@code error} is null except for a FAIL.
 * <pre>{@code
 * event("COMPLETE", id, 10:00:05Z, "clean", [raw/visits.csv d03c...], [clean/visits.csv 35c3...], null)
 * }</pre>
 *
 * <p>Task 3. Run {@code step} as job {@code job} and return its events: START (time from
 * {@code clock}, the inputs, no outputs), then after the step either COMPLETE (a new time from
 * {@code clock}, the inputs and the step's outputs) or, if the step threw a RuntimeException,
 * FAIL (a new time from {@code clock}, the inputs, no outputs, the exception's message). Both events carry one run id, taken
 * once from {@code runIds}. The exception is recorded, not rethrown.
 * <pre>{@code
 * run("clean", [raw], () -> [cleaned], ids, clock)   // => [START ..., COMPLETE ...] with one runId
 * }</pre>
 */
public final class RunEvents {
  private RunEvents() {}

  /** A dataset in the {@code file} namespace: its path and its content hash. */
  public record Dataset(String name, String version) {}

  /** Returns {@code text} as a JSON string literal, quotes and control characters escaped. */
  public static String quote(String text) {
    // TODO: task 1: escape character by character.
    throw new UnsupportedOperationException(
        "09.run-events: RunEvents.quote is not written yet; do task 1, then ./kit check 09.run-events");
  }

  /** Returns one event as a line of JSON; {@code error} is null unless the type is FAIL. */
  public static String event(String type, UUID runId, Instant time, String job,
      List<Dataset> inputs, List<Dataset> outputs, String error) {
    // TODO: task 2: build the line in the stated key order.
    throw new UnsupportedOperationException(
        "09.run-events: RunEvents.event is not written yet; do task 2, then ./kit check 09.run-events");
  }

  /** Runs {@code step} and returns its START and COMPLETE or FAIL events, under one run id. */
  public static List<String> run(String job, List<Dataset> inputs, Supplier<List<Dataset>> step,
      Supplier<UUID> runIds, Supplier<Instant> clock) {
    // TODO: task 3: one run id, two times, COMPLETE or FAIL.
    throw new UnsupportedOperationException(
        "09.run-events: RunEvents.run is not written yet; do task 3, then ./kit check 09.run-events");
  }
}
