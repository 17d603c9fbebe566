package cascadekit.kit;

/**
 * The result of one exercise test.
 *
 * @param method the test method's name, as the index's "may pass on stub" names it
 * @param displayName the sentence the test's {@code @DisplayName} gives
 * @param task the task number from {@code @Tag("task:N")}, or 0 when untagged
 * @param passed whether the test passed
 * @param failure the failure's type and message, empty when it passed
 * @param linkage whether it failed because the classes do not fit together (a missing class
 *     or method), which means the stub no longer matches its tests
 */
public record TestOutcome(
    String method, String displayName, int task, boolean passed, String failure, boolean linkage) {}
