package cascadekit.kit;

import java.util.List;

/**
 * What one sandboxed run of an exercise's tests gave.
 *
 * @param outcomes one outcome per test that ran, in the order they ran
 * @param notRun the tests the run never reached, because it stopped early
 * @param stopped why the run stopped early, e.g. {@code timed out after 10 s in task 2 (...)};
 *     empty when it ran to the end
 */
record SandboxRun(List<TestOutcome> outcomes, List<TestStart> notRun, String stopped) {}
