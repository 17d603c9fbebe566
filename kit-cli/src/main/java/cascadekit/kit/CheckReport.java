package cascadekit.kit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a check: compile errors with file and line, or each test's result grouped by task,
 * with the assertion messages of the first failing task only, so the learner sees one thing to
 * do next.
 */
final class CheckReport {
  private final Screen screen;

  CheckReport(Screen screen) {
    this.screen = screen;
  }

  void print(CheckResult result) {
    Exercise exercise = result.exercise();
    screen.line(screen.bold(exercise.id()) + ": " + exercise.title() + "  (" + exercise.stub() + ")");
    screen.blank();
    if (!result.compileErrors().isEmpty()) {
      screen.line(screen.bad("It does not compile yet:"));
      result.compileErrors().forEach(error -> screen.line("  " + error));
      screen.blank();
      screen.line("Fix the first error, then check again: ./kit check " + exercise.id());
      return;
    }
    Map<Integer, List<TestOutcome>> byTask =
        result.outcomes().stream().collect(Collectors.groupingBy(TestOutcome::task, TreeMap::new, Collectors.toList()));
    Integer firstFailing =
        byTask.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(t -> !t.passed()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    byTask.forEach((task, tests) -> printTask(task, tests, task.equals(firstFailing)));
    long passing = result.passing();
    int total = result.outcomes().size();
    if (result.passed()) {
      screen.line(screen.good("All " + total + " tests pass.") + " Next: ./kit");
    } else {
      screen.line(passing + " of " + total + " tests pass. Work on task " + firstFailing
          + ", then check again: ./kit check " + exercise.id() + "  (stuck? ./kit hint " + exercise.id() + ")");
    }
  }

  private void printTask(int task, List<TestOutcome> tests, boolean showMessages) {
    long passing = tests.stream().filter(TestOutcome::passed).count();
    String name = task == 0 ? "other tests" : "task " + task;
    screen.line(screen.bold(name) + ": " + passing + "/" + tests.size() + " passing");
    String previous = null;
    for (TestOutcome test : tests) {
      screen.line("  " + screen.mark(test.passed()) + " " + test.displayName());
      if (showMessages && !test.passed()) {
        if (test.failure().equals(previous)) {
          screen.line("      (the same failure as above)");
        } else {
          test.failure().lines().forEach(line -> screen.line("      " + line));
        }
        previous = test.failure();
      }
    }
    screen.blank();
  }
}
