package cascadekit.kit;

import java.util.List;

/** {@code ./kit check [ID]}: runs one exercise's tests against the learner's file. */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String usage() {
    return "check [ID]";
  }

  @Override
  public String summary() {
    return "run an exercise's tests on your file";
  }

  @Override
  public String help() {
    return "Compiles your file and runs the exercise's tests inside the kit (default: the next\n"
        + "unsolved exercise). Shows the first failing task with its assertion messages, then one\n"
        + "line per task. Exits 0 when every test passes, 1 otherwise.";
  }

  @Override
  public int run(Context context, List<String> args) {
    Exercise exercise = context.exerciseOrNext(Args.optionalOne(this, args)).orElse(null);
    if (exercise == null) {
      context.screen().line(context.screen().good("Every exercise passes. Name one to check it again: ./kit check ID"));
      return 0;
    }
    CheckResult result = check(context.project(), new ExerciseChecker(context.project()), exercise);
    new CheckReport(context.screen(), false).print(result);
    if (result.passed()) {
      StatusCommand.nextAfter(context.index(), Progress.load(context.project()), exercise)
          .ifPresentOrElse(
              next -> context.screen().line("Next: " + next.id() + ": " + next.title() + "  (./kit check " + next.id() + ")"),
              () -> context.screen().line(context.screen().good("Every exercise passes. Well done.")));
    }
    return result.passed() ? 0 : 1;
  }

  /** Returns the result of checking the learner's file for {@code exercise}, saved to progress. */
  static CheckResult check(Project project, ExerciseChecker checker, Exercise exercise) {
    CheckResult result =
        checker.check(exercise, Source.STUB, project.state().resolve("build/check").resolve(exercise.id()));
    Progress.load(project).record(exercise.id(), result.passed() ? Status.DONE : Status.FAILING);
    new Results(project, java.time.Clock.systemUTC()).save(result);
    return result;
  }
}
