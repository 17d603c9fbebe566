package cascadekit.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ./kit check [ID|NN]}: runs one exercise's tests against the learner's file. */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String usage() {
    return "check [ID|NN] [--timeout S]";
  }

  @Override
  public String summary() {
    return "run an exercise's tests on your file";
  }

  @Override
  public String help() {
    return "Compiles your file and runs the exercise's tests in the kit's test worker (default: the\n"
        + "exercise you are on). NN, a chapter number, checks that chapter's first unsolved exercise.\n"
        + "Shows the first failing task with its assertion messages, then one line per task. A run\n"
        + "stops after 10 s (--timeout S to change); an endless loop, System.exit or running out of\n"
        + "memory fails the test that caused it. Exits 0 when every test passes, 1 otherwise.";
  }

  @Override
  public int run(Context context, List<String> args) {
    List<String> words = new ArrayList<>(args);
    Duration limit = Args.timeout(words, Sandbox.DEFAULT_LIMIT);
    String target = Args.optionalOne(this, words);
    Screen screen = context.screen();
    Exercise exercise = context.exerciseOrNext(target).orElse(null);
    if (exercise == null) {
      screen.line(screen.good("Every exercise passes. Name one to check it again: ./kit check ID"));
      return 0;
    }
    String detour = Course.detour(target, exercise);
    if (!detour.isEmpty()) {
      screen.line(detour);
    }
    try (ExerciseChecker checker = new ExerciseChecker(context.project(), limit)) {
      CheckResult result = check(context.course(), checker, exercise);
      new CheckReport(screen, false).print(result);
      if (result.passed()) {
        context.course().nextAfter(exercise)
            .ifPresentOrElse(
                next -> screen.line("Next: " + next.id() + ": " + next.title() + "  (./kit check " + next.id() + ")"),
                () -> screen.line(screen.good("Every exercise passes. Well done.")));
      }
      return result.passed() ? 0 : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** Returns the result of checking the learner's file for {@code exercise}, recorded in {@code course}. */
  static CheckResult check(Course course, ExerciseChecker checker, Exercise exercise) throws InterruptedException {
    CheckResult result =
        checker.check(exercise, Source.STUB, checker.project().state().resolve("build/check").resolve(exercise.id()));
    course.record(result);
    new Results(checker.project(), java.time.Clock.systemUTC()).save(result);
    return result;
  }
}
