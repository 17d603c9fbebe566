package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles one exercise (its implementation, its test class and the shared test support) and
 * runs its tests, all inside this JVM.
 */
final class ExerciseChecker {
  /** Test sources shared by every exercise, below the test source folder. */
  static final String TEST_SUPPORT = "cascadekit/testing";

  private final Project project;
  private final Compiler compiler = new Compiler();

  ExerciseChecker(Project project) {
    this.project = project;
  }

  /** Returns the result of running {@code exercise}'s tests against {@code source}. */
  CheckResult check(Exercise exercise, Source source, Path buildFolder) {
    Path implementation = source.folder(project).resolve(exercise.sourcePath());
    Path test = project.testSources().resolve(exercise.testSourcePath());
    for (Path required : List.of(implementation, test)) {
      if (!Files.isRegularFile(required)) {
        throw new KitException(exercise.id() + ": missing file " + project.root().relativize(required));
      }
    }
    List<Path> sources = new ArrayList<>(List.of(implementation, test));
    sources.addAll(testSupport());
    Compiler.CompileResult compiled = compiler.compile(sources, buildFolder);
    if (!compiled.ok()) {
      return new CheckResult(exercise, relativise(compiled.errors()), List.of());
    }
    List<TestOutcome> outcomes = new ArrayList<>(TestRunner.run(exercise.testClass(), buildFolder));
    outcomes.sort(inSourceOrder(test));
    return new CheckResult(exercise, List.of(), outcomes);
  }

  /** Orders outcomes by task, then as the tests stand in their source, the order their author chose. */
  private static Comparator<TestOutcome> inSourceOrder(Path testSource) {
    String text = read(testSource);
    return Comparator.comparingInt(TestOutcome::task)
        .thenComparingInt(t -> text.indexOf(" " + t.method() + "("));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private List<Path> testSupport() {
    Path folder = project.testSources().resolve(TEST_SUPPORT);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> relativise(List<String> errors) {
    String prefix = project.root().toString() + "/";
    return errors.stream().map(e -> e.startsWith(prefix) ? e.substring(prefix.length()) : e).toList();
  }
}
