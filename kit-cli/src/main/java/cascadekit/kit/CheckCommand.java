package cascadekit.kit;

/** {@code ./kit check [ID]}: runs one exercise's tests against the learner's file. */
final class CheckCommand {
  private CheckCommand() {}

  static int run(Project project, ExerciseIndex index, Screen screen, String id) {
    Progress progress = Progress.load(project);
    Exercise exercise;
    if (id == null) {
      exercise = StatusCommand.next(index, progress).orElse(null);
      if (exercise == null) {
        screen.line(screen.good("Every exercise passes. Name one to check it again: ./kit check ID"));
        return 0;
      }
    } else {
      exercise = index.get(id);
    }
    CheckResult result =
        new ExerciseChecker(project)
            .check(exercise, Source.STUB, project.state().resolve("build/check").resolve(exercise.id()));
    progress.record(exercise.id(), result.passed() ? Status.DONE : Status.FAILING);
    new CheckReport(screen).print(result);
    return result.passed() ? 0 : 1;
  }
}
