package cascadekit.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./kit bench [ID]}: measures the learner's loop. The median time from a save to a
 * finished re-check in {@code watch}, and {@code ./kit check ID} from a cold start against
 * Maven running the same tests, all in one run.
 */
final class BenchCommand implements Command {
  static final double WATCH_GOAL_SECONDS = 0.25;
  static final double COLD_CHECK_GOAL_SECONDS = 1.2;
  static final double SPEEDUP_GOAL = 4.0;
  private static final int SAVES = 15;
  private static final int RUNS = 5;

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String usage() {
    return "bench [ID]";
  }

  @Override
  public String summary() {
    return "measure the learner's loop (watch and check speed)";
  }

  @Override
  public String help() {
    return "Measures the learner's loop on one exercise (default: the first): the median time from a\n"
        + "save to a finished re-check in watch (" + SAVES + " saves), and ./kit check from a cold start\n"
        + "against ./mvnw -q -o test running the same tests on the same file, each right after a\n"
        + "save (" + RUNS + " runs each). Only the file's timestamp is touched, never its text.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String id = Args.optionalOne(this, args);
    ExerciseIndex index = context.index();
    Exercise exercise = id == null ? index.exercises().get(0) : index.get(id);
    Screen screen = context.screen();
    Project project = context.project();
    screen.line("bench: " + exercise.id() + " (" + exercise.testClass() + "), "
        + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version"));
    try {
      double watch = Stats.median(watchRechecks(project, exercise));
      screen.line(String.format(Locale.ROOT, "watch, save to finished re-check: median %.3f s over %d saves (goal <= %.2f s): %s",
          watch, SAVES, WATCH_GOAL_SECONDS, verdict(watch <= WATCH_GOAL_SECONDS)));
      Path stub = project.file(exercise.stub());
      List<String> kitCommand = List.of(project.root().resolve("kit").toString(), "check", exercise.id());
      List<String> maven = mavenCommand(project, exercise);
      List<Double> kitTimes = new ArrayList<>();
      List<Double> mavenTimes = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        kitTimes.add(afterSave(stub, kitCommand, project));
        mavenTimes.add(afterSave(stub, maven, project));
      }
      double kit = Stats.median(kitTimes);
      double mvn = Stats.median(mavenTimes);
      screen.line(String.format(Locale.ROOT, "./kit check %s after a save, cold start: median %.2f s over %d runs (goal <= %.1f s): %s",
          exercise.id(), kit, RUNS, COLD_CHECK_GOAL_SECONDS, verdict(kit <= COLD_CHECK_GOAL_SECONDS)));
      screen.line(String.format(Locale.ROOT, "./mvnw %s after a save: median %.2f s over %d runs",
          String.join(" ", maven.subList(1, maven.size())), mvn, RUNS));
      screen.line(String.format(Locale.ROOT, "./kit check is %.1fx faster than Maven (goal >= %.0fx): %s",
          mvn / kit, SPEEDUP_GOAL, verdict(mvn / kit >= SPEEDUP_GOAL)));
    } catch (IOException e) {
      throw new KitException("bench failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    return 0;
  }

  private static List<Double> watchRechecks(Project project, Exercise exercise) throws IOException, InterruptedException {
    Path build = project.state().resolve("build/bench").resolve(exercise.id());
    Path stub = project.file(exercise.stub());
    List<Double> seconds = new ArrayList<>();
    try (ExerciseChecker checker = new ExerciseChecker(project, Sandbox.DEFAULT_LIMIT);
        FileWatcher watcher = new FileWatcher(project.stubSources(), WatchCommand.POLL_MILLIS, false)) {
      checker.check(exercise, Source.STUB, build); // the watch loop's first check, before any save
      FileTime original = Files.getLastModifiedTime(stub);
      try {
        for (int i = 1; i <= SAVES; i++) {
          long start = System.nanoTime();
          Files.setLastModifiedTime(stub, FileTime.fromMillis(original.toMillis() + i * 1000L));
          if (watcher.awaitChange(10_000).isEmpty()) {
            throw new IOException("the watcher missed a save of " + stub);
          }
          checker.check(exercise, Source.STUB, build);
          seconds.add((System.nanoTime() - start) / 1e9);
        }
      } finally {
        Files.setLastModifiedTime(stub, original);
      }
    }
    return seconds;
  }

  /** Returns Maven running the same tests on the learner's stub, as a learner without the kit would. */
  private static List<String> mavenCommand(Project project, Exercise exercise) {
    String simpleName = exercise.testClass().substring(exercise.testClass().lastIndexOf('.') + 1);
    return List.of(project.root().resolve("mvnw").toString(), "-q", "-o", "-pl", "exercises", "-am", "test",
        "-Dtest=" + simpleName, "-Dsurefire.failIfNoSpecifiedTests=false", "-Dexercises.skipTests=false");
  }

  /** Returns the seconds {@code command} takes right after the stub's timestamp moves, as after a save. */
  private static double afterSave(Path stub, List<String> command, Project project) throws IOException, InterruptedException {
    FileTime original = Files.getLastModifiedTime(stub);
    Files.setLastModifiedTime(stub, FileTime.fromMillis(System.currentTimeMillis()));
    try {
      long start = System.nanoTime();
      new ProcessBuilder(command)
          .directory(project.root().toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
      return (System.nanoTime() - start) / 1e9;
    } finally {
      Files.setLastModifiedTime(stub, original);
    }
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }
}
