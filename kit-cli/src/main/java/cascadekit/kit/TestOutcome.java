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
 * @param printed what the learner's code printed while the test ran, empty when nothing
 */
public record TestOutcome(
    String method, String displayName, int task, boolean passed, String failure, boolean linkage, String printed) {

  /** Returns a failed outcome for a test the run stopped in, with {@code why} as its failure. */
  static TestOutcome stopped(TestStart test, String why) {
    return new TestOutcome(test.method(), test.displayName(), test.task(), false, why, false, "");
  }
}
