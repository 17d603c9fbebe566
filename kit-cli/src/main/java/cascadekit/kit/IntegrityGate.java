package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The integrity gate, after rustlings' {@code dev check}: every indexed exercise exists, has a
 * {@code // TODO:} in its stub and two or more hints; every stub and solution file is indexed;
 * each exercise's class is named after its id, its test class after its class, and no two
 * exercises share a class name;
 * every test runs (none skipped), fails on its stub and passes on its solution; and the tests
 * catch every mistake in the exercise's {@link MistakeCatalogue}.
 */
final class IntegrityGate {
  static final int MIN_HINTS = 2;

  private final Project project;
  private final boolean spark;
  private final MistakeGate mistakes;

  /** The gate over the exercises of no profile, the kit's own folders. */
  IntegrityGate(Project project) {
    this(project, false);
  }

  /**
   * The gate over the exercises on Spark and the scale module's exercise folders if {@code spark}
   * (the scale module's build runs it so, with Spark on the class path), else over the others.
   */
  IntegrityGate(Project project, boolean spark) {
    this.project = spark ? new Project(project.root(), SparkRuntime.MODULE) : project;
    this.spark = spark;
    this.mistakes = new MistakeGate(this.project);
  }

  /** Returns the line saying which exercises of {@code index} this gate leaves to the other run, or "" if none. */
  String leftOut(ExerciseIndex index) {
    List<String> ids = index.exercises().stream().filter(e -> e.onSpark() != spark).map(Exercise::id).toList();
    if (ids.isEmpty()) {
      return "";
    }
    return spark ? "integrity: " + ids.size() + " exercises not on Spark left to ./mvnw -B verify"
        : "integrity: exercises on Spark left out (" + String.join(", ", ids)
            + "); the scale module's build checks them: ./mvnw -B -Pspark verify";
  }

  /** Returns the gate's findings over every exercise of {@code index} this gate covers. */
  IntegrityReport run(ExerciseIndex all) throws InterruptedException {
    ExerciseIndex index = all.only(e -> e.onSpark() == spark);
    IntegrityReport report = new IntegrityReport();
    checkEveryFileIsIndexed(index, report);
    checkClassNames(all, report);
    StubChecksums.load(project).problems(project, all).forEach(problem -> report.problem("checksums", problem));
    mistakes.checkEveryFolderIsIndexed(index, report);
    try (ExerciseChecker checker = new ExerciseChecker(project, Sandbox.DEFAULT_LIMIT)) {
      for (Exercise exercise : index.exercises()) {
        if (checkFiles(exercise, report)) {
          checkTests(checker, exercise, report);
        }
      }
    }
    return report;
  }

  private boolean checkFiles(Exercise exercise, IntegrityReport report) {
    String id = exercise.id();
    Path stub = project.root().resolve(exercise.stub());
    Project module = project.in(exercise);
    boolean present = true;
    for (Path file :
        List.of(
            stub,
            module.solutionSources().resolve(exercise.sourcePath()),
            module.testSources().resolve(exercise.testSourcePath()))) {
      if (!Files.isRegularFile(file)) {
        report.problem(id, "missing file " + project.root().relativize(file));
        present = false;
      }
    }
    if (Files.isRegularFile(stub) && !read(stub).contains("// TODO:")) {
      report.problem(id, "its stub " + exercise.stub() + " has no '// TODO:' marking the learner's change");
    }
    if (exercise.hints().size() < MIN_HINTS || exercise.hints().stream().anyMatch(String::isBlank)) {
      report.problem(id, "needs " + MIN_HINTS + " or more non-empty hints, has " + exercise.hints().size());
    }
    return present;
  }

  private void checkTests(ExerciseChecker checker, Exercise exercise, IntegrityReport report)
      throws InterruptedException {
    String id = exercise.id();
    Path build = project.state().resolve("build/verify");
    CheckResult onStub = checker.check(exercise, Source.STUB, build.resolve("stub").resolve(id));
    CheckResult onSolution = checker.check(exercise, Source.SOLUTION, build.resolve("solution").resolve(id));
    onStub.compileErrors().forEach(e -> report.problem(id, "stub does not compile with its tests: " + e));
    onSolution.compileErrors().forEach(e -> report.problem(id, "solution does not compile: " + e));
    Set<String> testNames = new TreeSet<>();
    for (TestOutcome test : onStub.outcomes()) {
      testNames.add(test.method());
      if (test.wasSkipped()) {
        report.problem(id, "test '" + test.method() + "' was " + test.skip() + " on the stub");
      } else if (test.linkage()) {
        report.problem(id, "test '" + test.method() + "' cannot link to the stub: " + test.failure());
      } else if (test.passed() && !exercise.mayPassOnStub().contains(test.method())) {
        report.problem(id, "test '" + test.method() + "' passes on the stub; it must fail until the learner's change");
      }
    }
    for (TestOutcome test : onSolution.outcomes()) {
      if (test.wasSkipped()) {
        report.problem(id, "test '" + test.method() + "' was " + test.skip() + " on the solution");
      } else if (!test.passed()) {
        report.problem(id, "test '" + test.method() + "' fails on the solution: " + test.failure());
      }
    }
    int notRun = onSolution.notRun().size();
    if (onSolution.compileErrors().isEmpty() && notRun > 0) {
      report.problem(id, notRun + " of " + onSolution.discovered() + " tests did not run on the solution"
          + (onSolution.stopped().isEmpty() ? "" : ": the run stopped, " + onSolution.stopped()));
    }
    for (String allowed : exercise.mayPassOnStub()) {
      if (!testNames.contains(allowed)) {
        report.problem(id, "'may pass on stub' names '" + allowed + "', which is not one of its tests");
      }
    }
    if (onSolution.compileErrors().isEmpty() && onSolution.outcomes().isEmpty()) {
      report.problem(id, "its test class " + exercise.testClass() + " has no tests");
    }
    report.record(exercise, onStub, onSolution, mistakes.check(checker, exercise, report));
  }

  private void checkEveryFileIsIndexed(ExerciseIndex index, IntegrityReport report) {
    Set<String> indexed =
        index.exercises().stream().map(Exercise::sourcePath).collect(Collectors.toSet());
    for (Source source : Source.values()) {
      for (String file : javaFiles(source.folder(project))) {
        if (!indexed.contains(file)) {
          String where = project.root().relativize(source.folder(project).resolve(file)).toString();
          report.problem("index", where + " belongs to no exercise in " + project.root().relativize(project.index()));
        }
      }
    }
  }

  /**
   * Checks that each exercise's stub class is the PascalCase of its id, so a learner goes from
   * id to file without the index; that its test class is that class's name plus {@code Test};
   * and that no two exercises share a class name, even in different chapters.
   */
  private static void checkClassNames(ExerciseIndex index, IntegrityReport report) {
    Map<String, String> exerciseByClass = new HashMap<>();
    for (Exercise exercise : index.exercises()) {
      String id = exercise.id();
      String stubClass = exercise.stubClass();
      String named = exercise.classNamedAfterId();
      if (!stubClass.equals(named)) {
        report.problem(id, "its stub is " + stubClass + ".java; name it " + named + ".java after its id");
      }
      String testClass = exercise.testClass().substring(exercise.testClass().lastIndexOf('.') + 1);
      if (!testClass.equals(named + "Test")) {
        report.problem(id, "its test class is " + testClass + "; name it " + named + "Test after its id");
      }
      String other = exerciseByClass.putIfAbsent(stubClass, id);
      if (other != null) {
        report.problem(id, "its class " + stubClass + " is also " + other + "'s; no two exercises may share a class name");
      }
    }
  }

  private static List<String> javaFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
