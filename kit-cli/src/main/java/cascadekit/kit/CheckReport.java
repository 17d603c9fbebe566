package cascadekit.kit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a check: compile errors with file and line, or one line per task with the first
 * failing task opened up, each of its tests with its assertion message, so the learner sees one
 * thing to do next.
 */
final class CheckReport {
  /** How many lines of what a failing test printed are shown. */
  static final int PRINTED_LINES = 8;

  private final Screen screen;
  private final boolean watching;

  /** A report for {@code ./kit check}, or for {@code ./kit watch} when {@code watching}. */
  CheckReport(Screen screen, boolean watching) {
    this.screen = screen;
    this.watching = watching;
  }

  void print(CheckResult result) {
    Exercise exercise = result.exercise();
    screen.line(screen.bold(exercise.id()) + ": " + exercise.title() + "  (" + exercise.stub() + ")");
    screen.blank();
    if (!result.compileErrors().isEmpty()) {
      screen.line(screen.bad("It does not compile yet:"));
      result.compileErrors().forEach(error -> screen.line("  " + error));
      screen.blank();
      screen.line("Fix the first error, then " + again(exercise));
      return;
    }
    Map<Integer, List<TestOutcome>> byTask =
        result.everyTest().stream().collect(Collectors.groupingBy(TestOutcome::task, TreeMap::new, Collectors.toList()));
    Integer firstFailing =
        byTask.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(t -> !t.passed()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    byTask.forEach((task, tests) -> printTask(task, tests, task.equals(firstFailing)));
    screen.blank();
    long passing = result.passing();
    int total = result.discovered();
    if (!result.stopped().isEmpty()) {
      screen.line(screen.bad("The run stopped: " + result.stopped() + ".") + " " + result.outcomes().size() + " of " + total
          + " tests ran.");
    }
    if (result.passed()) {
      screen.line(screen.good("All " + total + " tests pass."));
    } else {
      screen.line(passing + " of " + total + " tests pass. Work on " + taskName(firstFailing) + ", then " + again(exercise)
          + (watching ? "" : "  (stuck? ./kit hint " + exercise.id() + ")"));
    }
  }

  private String again(Exercise exercise) {
    return watching ? "save the file to check again." : "check again: ./kit check " + exercise.id();
  }

  /** Prints a task's summary line, and for the first failing task each test with its failure. */
  private void printTask(int task, List<TestOutcome> tests, boolean expand) {
    long passing = tests.stream().filter(TestOutcome::passed).count();
    String summary = taskName(task) + ": " + passing + "/" + tests.size() + " passing";
    screen.line(passing == tests.size() ? screen.mark(true) + " " + summary : screen.mark(false) + " " + screen.bold(summary));
    if (!expand) {
      return;
    }
    String previous = null;
    for (TestOutcome test : tests) {
      screen.line("    " + screen.mark(test.passed()) + " " + test.displayName());
      if (!test.passed()) {
        if (test.failure().equals(previous)) {
          screen.line("        (the same failure as above)");
        } else {
          test.failure().lines().forEach(line -> screen.line("        " + line));
        }
        previous = test.failure();
        printed(test);
      }
    }
  }

  /** Prints the first lines the learner's code printed during a failing test, under it. */
  private void printed(TestOutcome test) {
    List<String> lines = test.printed().lines().toList();
    if (lines.isEmpty()) {
      return;
    }
    screen.line("        " + screen.dim("your code printed:"));
    lines.stream().limit(PRINTED_LINES).forEach(line -> screen.line("        | " + line));
    if (lines.size() > PRINTED_LINES) {
      screen.line("        | ... " + (lines.size() - PRINTED_LINES) + " more lines");
    }
  }

  private static String taskName(int task) {
    return task == 0 ? "the untagged tests" : "task " + task;
  }
}
