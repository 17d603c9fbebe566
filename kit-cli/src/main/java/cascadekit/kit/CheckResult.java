package cascadekit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking one exercise gave: compile errors, or one outcome per test that ran.
 *
 * @param exercise the exercise checked
 * @param compileErrors compile errors, each {@code file:line:column: message}; empty if it compiled
 * @param outcomes one outcome per test that ran, ordered by task; empty if it did not compile
 * @param notRun the tests a run that stopped early never reached
 * @param stopped why the run stopped early (a time-out, {@code System.exit}, ...); empty if it did not
 */
record CheckResult(
    Exercise exercise, List<String> compileErrors, List<TestOutcome> outcomes, List<TestStart> notRun, String stopped) {

  /** Returns the result of sources that did not compile. */
  static CheckResult notCompiled(Exercise exercise, List<String> errors) {
    return new CheckResult(exercise, errors, List.of(), List.of(), "");
  }

  /** The failure given to a test the run never reached. */
  static final String NOT_RUN = "did not run: the run stopped before it";

  /** Returns every test: the outcomes, then each test not run as a failure saying so. */
  List<TestOutcome> everyTest() {
    List<TestOutcome> all = new ArrayList<>(outcomes);
    notRun.forEach(test -> all.add(TestOutcome.stopped(test, NOT_RUN)));
    return all;
  }

  /** Returns how many tests the exercise has: those that ran and those that did not. */
  int discovered() {
    return outcomes.size() + notRun.size();
  }

  /** Returns whether it compiled, ran every one of at least one test, and each passed. */
  boolean passed() {
    return compileErrors.isEmpty()
        && stopped.isEmpty()
        && notRun.isEmpty()
        && !outcomes.isEmpty()
        && outcomes.stream().allMatch(TestOutcome::passed);
  }

  /** Returns how many tests passed. */
  long passing() {
    return outcomes.stream().filter(TestOutcome::passed).count();
  }
}
