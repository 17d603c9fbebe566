package cascadekit.kit;

import java.util.List;

/**
 * What checking one exercise gave: compile errors, or one outcome per test.
 *
 * @param exercise the exercise checked
 * @param compileErrors compile errors, each {@code file:line:column: message}; empty if it compiled
 * @param outcomes one outcome per test, ordered by task; empty if it did not compile
 */
record CheckResult(Exercise exercise, List<String> compileErrors, List<TestOutcome> outcomes) {
  /** Returns whether it compiled and every one of at least one test passed. */
  boolean passed() {
    return compileErrors.isEmpty()
        && !outcomes.isEmpty()
        && outcomes.stream().allMatch(TestOutcome::passed);
  }

  /** Returns how many tests passed. */
  long passing() {
    return outcomes.stream().filter(TestOutcome::passed).count();
  }
}
