package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The mistake catalogue: realistic wrong versions of each solution, one mistake each, that the
 * exercise's tests must catch. A mistake is a copy of the solution's class in its own source
 * folder, {@code solutions/src/mistakes/<exercise id>/<mistake slug>/}, whose first line names
 * the mistake: {@code // Mistake: divides by the rows of the first class only.}
 */
final class MistakeCatalogue {
  /** How many mistakes each exercise must catalogue. */
  static final int MIN_MISTAKES = 2;

  /** How a mistake's first line begins. */
  static final String COMMENT = "// Mistake: ";

  private final Project project;

  MistakeCatalogue(Project project) {
    this.project = project;
  }

  /**
   * One catalogued mistake.
   *
   * @param slug its folder's name, e.g. {@code truncates-inner-edges}
   * @param folder its source folder, the exercise's class below it as below the solutions'
   */
  record Mistake(String slug, Path folder) {}

  /** Returns the exercise ids the catalogue has folders for, sorted. */
  List<String> ids() {
    return folders(project.mistakes()).stream().map(f -> f.getFileName().toString()).toList();
  }

  /** Returns the catalogue's folder for {@code id}, relative to the project root. */
  Path folder(String id) {
    return project.root().relativize(project.mistakes().resolve(id));
  }

  /** Returns {@code exercise}'s mistakes, sorted by slug. */
  List<Mistake> of(Exercise exercise) {
    return folders(project.in(exercise).mistakes().resolve(exercise.id())).stream()
        .map(f -> new Mistake(f.getFileName().toString(), f))
        .toList();
  }

  /**
   * Returns what the first line of {@code mistake}'s class says it gets wrong, without its
   * {@code // Mistake:} and final full stop; empty if the class or that comment is missing.
   */
  String description(Exercise exercise, Mistake mistake) {
    Path file = mistake.folder().resolve(exercise.sourcePath());
    if (!Files.isRegularFile(file)) {
      return "";
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String first = lines.findFirst().orElse("").strip();
      return first.startsWith(COMMENT) ? first.substring(COMMENT.length()).replaceFirst("\\.$", "").strip() : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<Path> folders(Path parent) {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(parent)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
