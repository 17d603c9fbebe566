package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The exercise index, {@code exercises/EXERCISES.md}: every exercise in the order a learner
 * takes them.
 *
 * <pre>{@code
 * ExerciseIndex index = ExerciseIndex.read(project.index());
 * Exercise first = index.exercises().get(0);
 * }</pre>
 */
public final class ExerciseIndex {
  private static final Pattern ID = Pattern.compile("\\d{2}\\.[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Exercise> byId;

  private ExerciseIndex(List<Exercise> exercises) {
    this.byId = new LinkedHashMap<>();
    exercises.forEach(e -> byId.put(e.id(), e));
  }

  /** Returns the index read from {@code file}. */
  public static ExerciseIndex read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return new ExerciseIndex(IndexParser.parse(file.getFileName().toString(), lines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the exercise index " + file, e);
    }
  }

  /** Returns the index of the exercises {@code keep} accepts, in index order. */
  public ExerciseIndex only(java.util.function.Predicate<Exercise> keep) {
    return new ExerciseIndex(byId.values().stream().filter(keep).toList());
  }

  /** Returns every exercise, in index order. */
  public List<Exercise> exercises() {
    return List.copyOf(byId.values());
  }

  /** Returns whether {@code id} has the form of an exercise id, such as {@code 01.accuracy}. */
  public static boolean isWellFormed(String id) {
    return ID.matcher(id).matches();
  }

  /** Returns the exercise {@code id}, or fails naming the closest ids. */
  public Exercise get(String id) {
    return find(id).orElseThrow(() -> new KitException(unknown(id)));
  }

  /** Returns the exercise {@code id}, if the index lists it. */
  public Optional<Exercise> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private String unknown(String id) {
    if (!isWellFormed(id)) {
      return "'" + id + "' is not an exercise id; ids look like 01.accuracy (./kit list shows them all)";
    }
    List<String> closest = Suggestions.closest(byId.keySet(), id, 3);
    return "no exercise '" + id + "'. Closest: " + String.join(", ", closest) + " (./kit list shows them all)";
  }
}
