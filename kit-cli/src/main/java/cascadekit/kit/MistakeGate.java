package cascadekit.kit;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The integrity gate's part for the {@link MistakeCatalogue}: each exercise catalogues two or
 * more mistakes, each compiles like a stub and fails at least one test, and each catalogue
 * folder belongs to an indexed exercise.
 */
final class MistakeGate {
  private final Project project;
  private final MistakeCatalogue catalogue;

  MistakeGate(Project project) {
    this.project = project;
    this.catalogue = new MistakeCatalogue(project);
  }

  /** Reports each catalogue folder whose name is no exercise id in {@code index}. */
  void checkEveryFolderIsIndexed(ExerciseIndex index, IntegrityReport report) {
    Set<String> ids = index.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
    for (String id : catalogue.ids()) {
      if (!ids.contains(id)) {
        report.problem("index", catalogue.folder(id) + " belongs to no exercise in " + project.root().relativize(project.index()));
      }
    }
  }

  /** Returns how many of {@code exercise}'s mistakes its tests catch, reporting every other one. */
  Caught check(ExerciseChecker checker, Exercise exercise, IntegrityReport report) throws InterruptedException {
    String id = exercise.id();
    var mistakes = catalogue.of(exercise);
    if (mistakes.size() < MistakeCatalogue.MIN_MISTAKES) {
      report.problem(id, "needs " + MistakeCatalogue.MIN_MISTAKES + " or more catalogued mistakes, has " + mistakes.size());
    }
    int caught = 0;
    for (MistakeCatalogue.Mistake mistake : mistakes) {
      String named = "mistake '" + mistake.slug() + "'";
      String description = catalogue.description(exercise, mistake);
      Path file = mistake.folder().resolve(exercise.sourcePath());
      if (description.isEmpty()) {
        report.problem(id, named + " needs " + project.root().relativize(file) + " whose first line is '" + MistakeCatalogue.COMMENT + "...'");
        continue;
      }
      Path build = project.state().resolve("build/verify/mistakes").resolve(id).resolve(mistake.slug());
      CheckResult result = checker.check(exercise, mistake.folder(), build);
      result.compileErrors().forEach(e -> report.problem(id, named + " does not compile: " + e));
      if (!result.compileErrors().isEmpty()) {
        continue;
      }
      if (result.passed()) {
        report.problem(id, named + " (" + description + ") passes every test; add a test that catches it");
      } else {
        caught++;
      }
    }
    return new Caught(caught, mistakes.size());
  }

  /** How many of an exercise's catalogued mistakes its tests catch. */
  record Caught(int caught, int catalogued) {}
}
