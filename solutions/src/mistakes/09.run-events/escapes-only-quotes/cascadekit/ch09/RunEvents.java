// Mistake: escapes quotes and backslashes but not newlines, so an error message splits its event across two lines.
package cascadekit.ch09;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Exercise 09.run-events: OpenLineage START, COMPLETE and FAIL events for a pipeline step.
 *
 * <p>Lineage answers "which step made this file, from which inputs, at which versions?". In
 * OpenLineage a step's run emits a START event, then COMPLETE or FAIL, both under one run id, so
 * a reader can pair them; each names its job and its input and output datasets, here with their
 * content hashes as a {@code version} facet. Events are written as one line of JSON each, in
 * exactly this shape (keys in this order, no spaces):
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
 * FAIL (the inputs, no outputs, the exception's message). Both events carry one run id, taken
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
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Returns one event as a line of JSON; {@code error} is null unless the type is FAIL. */
  public static String event(String type, UUID runId, Instant time, String job,
      List<Dataset> inputs, List<Dataset> outputs, String error) {
    String run = "{\"runId\":" + quote(runId.toString())
        + (error == null ? "" : ",\"facets\":{\"errorMessage\":{\"message\":" + quote(error)
            + ",\"programmingLanguage\":\"JAVA\"}}")
        + "}";
    return "{\"eventType\":" + quote(type) + ",\"eventTime\":" + quote(time.toString())
        + ",\"run\":" + run
        + ",\"job\":{\"namespace\":\"cascadekit\",\"name\":" + quote(job) + "}"
        + ",\"inputs\":" + datasets(inputs) + ",\"outputs\":" + datasets(outputs) + "}";
  }

  /** Runs {@code step} and returns its START and COMPLETE or FAIL events, under one run id. */
  public static List<String> run(String job, List<Dataset> inputs, Supplier<List<Dataset>> step,
      Supplier<UUID> runIds, Supplier<Instant> clock) {
    UUID runId = runIds.get();
    List<String> events = new ArrayList<>();
    events.add(event("START", runId, clock.get(), job, inputs, List.of(), null));
    try {
      List<Dataset> outputs = step.get();
      events.add(event("COMPLETE", runId, clock.get(), job, inputs, outputs, null));
    } catch (RuntimeException e) {
      events.add(event("FAIL", runId, clock.get(), job, inputs, List.of(), e.getMessage()));
    }
    return events;
  }

  private static String datasets(List<Dataset> datasets) {
    StringJoiner array = new StringJoiner(",", "[", "]");
    for (Dataset dataset : datasets) {
      array.add("{\"namespace\":\"file\",\"name\":" + quote(dataset.name())
          + ",\"facets\":{\"version\":{\"datasetVersion\":" + quote(dataset.version()) + "}}}");
    }
    return array.toString();
  }
}
