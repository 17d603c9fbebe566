package cascadekit.kit;

/** {@code ./kit verify}: the integrity gate, for instructors and for the build. */
final class VerifyCommand {
  private VerifyCommand() {}

  static int run(Project project, ExerciseIndex index, Screen screen) {
    IntegrityReport report = new IntegrityGate(project).run(index);
    report.table().forEach(screen::line);
    screen.blank();
    report.problems().forEach(problem -> screen.line(screen.bad("integrity problem: ") + problem));
    screen.line(report.passed() ? screen.good(report.summary()) : screen.bad(report.summary()));
    return report.passed() ? 0 : 1;
  }
}
