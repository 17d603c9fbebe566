package cascadekit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One learner's {@code ./kit status --json} file, as {@code ./kit class} reads it.
 *
 * @param file the file's name, to name it in messages
 * @param learner the learner's name, as they gave it
 * @param statuses each listed exercise's status, by id
 * @param results each checked exercise's last results.json, by id
 */
record LearnerFile(String file, String learner, Map<String, Status> statuses, Map<String, JsonNode> results) {
  /** The name a failing test gets when the learner's file did not compile. */
  static final String DOES_NOT_COMPILE = "(does not compile)";

  /** Returns the status of exercise {@code id}; new when the file does not list it. */
  Status status(String id) {
    return statuses.getOrDefault(id, Status.NEW);
  }

  /** Returns the names of exercise {@code id}'s tests that fail now, or {@link #DOES_NOT_COMPILE}. */
  List<String> failingTests(String id) {
    JsonNode result = results.get(id);
    if (result == null) {
      return List.of();
    }
    if (didNotCompile(result)) {
      return List.of(DOES_NOT_COMPILE);
    }
    List<String> failing = new ArrayList<>();
    for (JsonNode test : result.path("tests")) {
      if ("fail".equals(test.path("status").asText())) {
        failing.add(test.path("name").asText());
      }
    }
    return failing;
  }

  /** Returns a few words on exercise {@code id}, such as {@code failing, 1 of 2 tests pass}. */
  String describe(String id) {
    JsonNode result = results.get(id);
    String status = status(id).label();
    if (result == null) {
      return status;
    }
    if (didNotCompile(result)) {
      return status + ", does not compile";
    }
    int tests = result.path("tests").size();
    return status + ", " + (tests - failingTests(id).size()) + " of " + tests + " tests pass";
  }

  private static boolean didNotCompile(JsonNode result) {
    return "error".equals(result.path("status").asText());
  }
}
