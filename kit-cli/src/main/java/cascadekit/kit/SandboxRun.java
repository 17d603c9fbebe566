package cascadekit.kit;

import java.util.List;

/**
 * What one sandboxed run of an exercise's tests gave.
 *
 * @param discovered how many tests the test class has
 * @param outcomes one outcome per test that ran, in the order they ran
 * @param stopped why the run stopped early, e.g. {@code timed out after 10 s in task 2 (...)};
 *     empty when it ran to the end
 */
record SandboxRun(int discovered, List<TestOutcome> outcomes, String stopped) {}
