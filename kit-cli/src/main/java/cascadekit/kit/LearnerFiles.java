package cascadekit.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The learners' status files in a folder, the good ones read and the rest skipped with a reason,
 * such as {@code bob.json: not valid JSON (Unexpected end-of-input at line 3, column 1)}.
 *
 * @param learners the files read, by file name
 * @param skipped one line per file skipped: its name and why
 */
record LearnerFiles(List<LearnerFile> learners, List<String> skipped) {
  private static final String NOT_STATUS = "not a kit status file (make one with ./kit status --json): ";

  /** Returns every {@code *.json} file in {@code folder}, read or skipped; refuses a missing folder. */
  static LearnerFiles read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new KitException("no folder " + folder + "; usage: ./kit class DIR (a folder of ./kit status --json files)");
    }
    List<LearnerFile> learners = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path file : jsonFiles(folder)) {
      String name = file.getFileName().toString();
      try {
        learners.add(parse(name, Json.read(file)));
      } catch (JsonProcessingException e) {
        skipped.add(name + ": not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
            + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
      } catch (IOException e) {
        skipped.add(name + ": cannot read it (" + e.getMessage() + ")");
      } catch (IllegalArgumentException e) {
        skipped.add(name + ": " + e.getMessage());
      }
    }
    return new LearnerFiles(learners, skipped);
  }

  private static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new KitException("cannot list " + folder + ": " + e.getMessage());
    }
  }

  /** Returns the learner in {@code json}; refuses, with the reason, JSON that is not a status file. */
  private static LearnerFile parse(String file, JsonNode json) {
    if (!json.path("learner").isTextual() || !json.path("exercises").isArray()) {
      throw new IllegalArgumentException(NOT_STATUS + "it has no \"learner\" name and \"exercises\" list");
    }
    Map<String, Status> statuses = new LinkedHashMap<>();
    Map<String, JsonNode> results = new LinkedHashMap<>();
    int position = 0;
    for (JsonNode exercise : json.get("exercises")) {
      position++;
      String id = exercise.path("id").asText("");
      Status status = status(exercise.path("status").asText(""));
      if (id.isEmpty() || status == null) {
        throw new IllegalArgumentException(NOT_STATUS + "exercise " + position + " has no id or no status done, failing or new");
      }
      statuses.put(id, status);
      if (exercise.path("results").isObject()) {
        results.put(id, exercise.get("results"));
      }
    }
    return new LearnerFile(file, json.get("learner").asText(), statuses, results);
  }

  private static Status status(String label) {
    for (Status status : Status.values()) {
      if (status.label().equals(label)) {
        return status;
      }
    }
    return null;
  }
}
