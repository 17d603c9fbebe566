package cascadekit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Each exercise's last check, kept in {@code .kit/results/ID.json} in the shape of Exercism's
 * test-runner {@code results.json} (version 3), with the time it was checked:
 *
 * <pre>{@code
 * {"version": 3, "status": "fail", "checked_at": "2025-03-01T09:30:00Z",
 *  "tests": [{"name": "twice 3 is 6", "status": "fail", "message": "[twice(3)] expected: 6 but was: 7",
 *             "task_id": 1}]}
 * }</pre>
 */
final class Results {
  /** The longest failure message kept, in characters. */
  static final int MESSAGE_LIMIT = 240;

  private final Project project;
  private final Clock clock;

  Results(Project project, Clock clock) {
    this.project = project;
    this.clock = clock;
  }

  /** Saves {@code result} as its exercise's last check. */
  void save(CheckResult result) {
    Json.write(file(result.exercise().id()), toJson(result));
  }

  /** Returns the last check of exercise {@code id}, if it was ever checked. */
  Optional<JsonNode> of(String id) {
    Path file = file(id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private Path file(String id) {
    return project.state().resolve("results").resolve(id + ".json");
  }

  /** Returns a failure on one line, at most {@link #MESSAGE_LIMIT} characters: {@code [twice(3)] expected: 6 but was: 7}. */
  static String oneLine(String failure) {
    String line = failure.strip().replaceAll("\\s+", " ");
    return line.length() <= MESSAGE_LIMIT ? line : line.substring(0, MESSAGE_LIMIT - 3) + "...";
  }

  private ObjectNode toJson(CheckResult result) {
    ObjectNode json = Json.object();
    json.put("version", 3);
    boolean compiled = result.compileErrors().isEmpty();
    json.put("status", !compiled ? "error" : result.passed() ? "pass" : "fail");
    if (!compiled) {
      json.put("message", String.join("\n", result.compileErrors()));
    }
    json.put("checked_at", Json.now(clock));
    ArrayNode tests = json.putArray("tests");
    for (TestOutcome outcome : result.everyTest()) {
      ObjectNode test = tests.addObject();
      test.put("name", outcome.displayName());
      test.put("status", outcome.passed() ? "pass" : "fail");
      if (!outcome.passed()) {
        test.put("message", oneLine(outcome.failure()));
      }
      if (outcome.task() != 0) {
        test.put("task_id", outcome.task());
      }
    }
    return json;
  }
}
