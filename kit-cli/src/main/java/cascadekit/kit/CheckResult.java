package cascadekit.kit;

import java.util.List;

/**
 * What checking one exercise gave: compile errors, or one outcome per test that ran.
 *
 * @param exercise the exercise checked
 * @param compileErrors compile errors, each {@code file:line:column: message}; empty if it compiled
 * @param outcomes one outcome per test that ran, ordered by task; empty if it did not compile
 * @param discovered how many tests the exercise has
 * @param stopped why the run stopped early (a time-out, {@code System.exit}, ...); empty if it did not
 */
record CheckResult(
    Exercise exercise, List<String> compileErrors, List<TestOutcome> outcomes, int discovered, String stopped) {

  /** Returns the result of sources that did not compile. */
  static CheckResult notCompiled(Exercise exercise, List<String> errors) {
    return new CheckResult(exercise, errors, List.of(), 0, "");
  }

  /** Returns whether it compiled, ran every one of at least one test, and each passed. */
  boolean passed() {
    return compileErrors.isEmpty()
        && stopped.isEmpty()
        && discovered > 0
        && outcomes.size() == discovered
        && outcomes.stream().allMatch(TestOutcome::passed);
  }

  /** Returns how many tests passed. */
  long passing() {
    return outcomes.stream().filter(TestOutcome::passed).count();
  }
}
