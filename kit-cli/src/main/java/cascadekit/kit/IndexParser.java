package cascadekit.kit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown exercise index. Each exercise is a {@code ## ID: Title} heading, a
 * {@code | field | value |} table (chapter, stub, tests, may pass on stub, builds on: the earlier
 * exercises whose classes this one calls, and profile: the Maven profile whose module holds it)
 * and a numbered list of hints.
 */
final class IndexParser {
  private static final Pattern HEADING = Pattern.compile("^## (\\S+): (.+)$");
  private static final Pattern FIELD = Pattern.compile("^\\|\\s*([a-z][a-z ]*?)\\s*\\|\\s*(.*?)\\s*\\|$");
  private static final Pattern HINT = Pattern.compile("^\\d+\\. (.+)$");
  private static final List<String> REQUIRED = List.of("chapter", "stub", "tests");

  private final String file;
  private final List<Exercise> exercises = new ArrayList<>();
  private String id;
  private String title;
  private int headingLine;
  private Map<String, String> fields;
  private List<String> hints;

  private IndexParser(String file) {
    this.file = file;
  }

  /** Returns the exercises listed in {@code lines}, read from {@code file}. */
  static List<Exercise> parse(String file, List<String> lines) {
    IndexParser parser = new IndexParser(file);
    for (int i = 0; i < lines.size(); i++) {
      parser.accept(lines.get(i), i + 1);
    }
    parser.finish();
    return parser.exercises;
  }

  private void accept(String line, int number) {
    Matcher heading = HEADING.matcher(line);
    if (heading.matches()) {
      finish();
      id = heading.group(1);
      title = heading.group(2).trim();
      headingLine = number;
      fields = new TreeMap<>();
      hints = new ArrayList<>();
      if (!ExerciseIndex.isWellFormed(id)) {
        throw error(number, "'" + id + "' is not an exercise id like 01.accuracy");
      }
      return;
    }
    if (id == null) {
      return;
    }
    Matcher field = FIELD.matcher(line);
    Matcher hint = HINT.matcher(line);
    if (field.matches() && !field.group(1).equals("field")) {
      fields.put(field.group(1), field.group(2).replace("`", "").trim());
    } else if (hint.matches()) {
      hints.add(hint.group(1).trim());
    } else if (line.startsWith("   ") && !line.isBlank() && !hints.isEmpty()) {
      int last = hints.size() - 1;
      hints.set(last, hints.get(last) + " " + line.trim());
    }
  }

  private void finish() {
    if (id == null) {
      return;
    }
    for (String required : REQUIRED) {
      if (!fields.containsKey(required) || fields.get(required).isEmpty()) {
        throw error(headingLine, "exercise " + id + " has no '" + required + "' field");
      }
    }
    if (exercises.stream().anyMatch(e -> e.id().equals(id))) {
      throw error(headingLine, "exercise " + id + " is listed twice");
    }
    exercises.add(
        new Exercise(
            id,
            fields.get("chapter"),
            title,
            fields.get("stub"),
            fields.get("tests"),
            List.copyOf(hints),
            mayPassOnStub(fields.getOrDefault("may pass on stub", "none")),
            buildsOn(fields.getOrDefault("builds on", "none")),
            profile(fields.getOrDefault("profile", ""))));
    id = null;
  }

  private String profile(String value) {
    if (!value.isEmpty() && !value.equals(SparkRuntime.PROFILE)) {
      throw error(headingLine, "exercise " + id + " names profile '" + value + "'; the only one is " + SparkRuntime.PROFILE);
    }
    return value;
  }

  private static Set<String> mayPassOnStub(String value) {
    return Set.copyOf(names(value));
  }

  /** Returns the comma-separated names of a field's {@code value}, in order; none for "none". */
  private static Set<String> names(String value) {
    Set<String> names = new LinkedHashSet<>();
    if (!value.equals("none")) {
      for (String name : value.split(",")) {
        names.add(name.trim());
      }
    }
    return names;
  }

  /** Returns the source paths of the exercises {@code value} names, each listed before this one. */
  private List<String> buildsOn(String value) {
    List<String> paths = new ArrayList<>();
    for (String used : names(value)) {
      Exercise earlier = exercises.stream().filter(e -> e.id().equals(used)).findFirst()
          .orElseThrow(() -> error(headingLine, "exercise " + id + " builds on " + used + ", which is not listed before it"));
      paths.add(earlier.sourcePath());
    }
    return List.copyOf(paths);
  }

  private KitException error(int line, String message) {
    return new KitException(file + ", line " + line + ": " + message);
  }
}
