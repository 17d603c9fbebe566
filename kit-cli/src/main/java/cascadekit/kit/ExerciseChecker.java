package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles one exercise (its implementation, its test class and the shared test support) inside
 * this JVM, and runs its tests in a {@link Sandbox}. Close it to end the sandbox's worker.
 */
final class ExerciseChecker implements AutoCloseable {
  /** Test sources shared by every exercise, below the test source folder. */
  static final String TEST_SUPPORT = "cascadekit/testing";

  /** How long a run on Spark may take at least: a worker's first session starts Spark, several seconds. */
  static final Duration SPARK_LIMIT = Duration.ofMinutes(3);

  private final Project project;
  private final Compiler compiler = new Compiler();
  private final Duration limit;
  private final Sandbox sandbox;
  private SparkRuntime spark;
  private Sandbox sparkSandbox;

  /** A checker whose test runs each stop after {@code limit} (a run on Spark after {@link #SPARK_LIMIT} at least). */
  ExerciseChecker(Project project, Duration limit) {
    this.project = project;
    this.limit = limit;
    this.sandbox = new Sandbox(project, limit);
  }

  /**
   * Returns the result of running {@code exercise}'s tests against {@code source}. An interrupt
   * stops the run and ends its worker.
   */
  CheckResult check(Exercise exercise, Source source, Path buildFolder) throws InterruptedException {
    return check(exercise, source.folder(project.in(exercise)), buildFolder);
  }

  /**
   * Returns the result of running {@code exercise}'s tests against its class in {@code
   * sourceFolder}, such as a mistake's folder in the catalogue.
   */
  CheckResult check(Exercise exercise, Path sourceFolder, Path buildFolder) throws InterruptedException {
    Path implementation = sourceFolder.resolve(exercise.sourcePath());
    Project module = project.in(exercise);
    Path test = module.testSources().resolve(exercise.testSourcePath());
    for (Path required : List.of(implementation, test)) {
      if (!Files.isRegularFile(required)) {
        throw new KitException(exercise.id() + ": missing file " + project.root().relativize(required));
      }
    }
    Sandbox runner = sandboxFor(exercise);
    runner.warmUp(); // a worker JVM starts while this one compiles
    List<Path> sources = new ArrayList<>(List.of(implementation, test));
    for (String used : exercise.buildsOn()) {
      // A mistake's folder holds only its own class: the stages it builds on come from the solutions.
      Path own = sourceFolder.resolve(used);
      sources.add(Files.isRegularFile(own) ? own : project.solutionSources().resolve(used));
    }
    sources.addAll(testSupport(module));
    String classpath = exercise.onSpark() ? spark.classpath() : System.getProperty("java.class.path");
    Compiler.CompileResult compiled = compiler.compile(sources, buildFolder, classpath);
    if (!compiled.ok()) {
      return CheckResult.notCompiled(exercise, relativise(compiled.errors()));
    }
    SandboxRun run = runner.run(exercise.testClass(), buildFolder);
    List<TestOutcome> outcomes = new ArrayList<>(run.outcomes());
    outcomes.sort(inSourceOrder(test));
    return new CheckResult(exercise, List.of(), outcomes, run.notRun(), run.stopped());
  }

  /** Returns the project whose exercises it checks. */
  Project project() {
    return project;
  }

  @Override
  public void close() throws InterruptedException {
    sandbox.close();
    if (sparkSandbox != null) {
      sparkSandbox.close();
    }
  }

  /** Returns the kit's sandbox, or for an exercise on Spark one on Spark's class path, started on first use. */
  private Sandbox sandboxFor(Exercise exercise) {
    if (!exercise.onSpark()) {
      return sandbox;
    }
    if (sparkSandbox == null) {
      spark = SparkRuntime.of(project, exercise);
      sparkSandbox = new Sandbox(project, limit.compareTo(SPARK_LIMIT) > 0 ? limit : SPARK_LIMIT, spark);
    }
    return sparkSandbox;
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

  private static List<Path> testSupport(Project module) {
    Path folder = module.testSources().resolve(TEST_SUPPORT);
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
