package cascadekit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code ./kit status --json [--name NAME]}: one learner's state, the file an instructor's
 * {@code ./kit class DIR} reads. Each checked exercise carries its last results.json:
 *
 * <pre>{@code
 * {"learner": "Ada", "kit_version": "0.1.0", "generated_at": "2025-03-01T10:00:00Z",
 *  "exercises": [{"id": "01.accuracy", "chapter": "01", "status": "failing",
 *                 "checked_at": "2025-03-01T09:30:00Z", "results": {"version": 3, ...}}]}
 * }</pre>
 */
final class StatusJson {
  private final Project project;
  private final Clock clock;

  StatusJson(Project project, Clock clock) {
    this.project = project;
    this.clock = clock;
  }

  /** Prints the status of the learner named by {@code --name} (or found) and returns 0; refuses other words. */
  static int print(Command command, Context context, List<String> args, Clock clock) {
    List<String> words = new ArrayList<>(args);
    words.remove("--json");
    String name = null;
    int at = words.indexOf("--name");
    if (at >= 0) {
      if (at + 1 == words.size()) {
        throw new KitException("--name needs a name; usage: ./kit " + command.usage());
      }
      name = words.remove(at + 1);
      words.remove(at);
    }
    Args.none(command, words);
    Project project = context.project();
    String learner = name != null ? name : LearnerName.of(project);
    context.screen().line(Json.text(new StatusJson(project, clock).of(context.index(), learner)));
    return 0;
  }

  /** Returns the status of every exercise in {@code index}, in its order, for {@code learner}. */
  ObjectNode of(ExerciseIndex index, String learner) {
    ObjectNode json = Json.object();
    json.put("learner", learner);
    json.put("kit_version", kitVersion());
    json.put("generated_at", Json.now(clock));
    ArrayNode exercises = json.putArray("exercises");
    Progress progress = Progress.load(project);
    Results results = new Results(project, clock);
    for (Exercise exercise : index.exercises()) {
      ObjectNode entry = exercises.addObject();
      entry.put("id", exercise.id());
      entry.put("chapter", exercise.chapter());
      entry.put("status", progress.of(exercise.id()).label());
      Optional<JsonNode> last = results.of(exercise.id());
      last.ifPresent(r -> entry.set("checked_at", r.get("checked_at")));
      last.ifPresent(r -> entry.set("results", r));
    }
    return json;
  }

  /** Returns the kit's Maven version, from the {@code kit.properties} the build fills in. */
  static String kitVersion() {
    Properties properties = new Properties();
    try (InputStream in = StatusJson.class.getResourceAsStream("kit.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kit.properties", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
