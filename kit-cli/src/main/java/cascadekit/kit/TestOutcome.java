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

  /** How the failure of a skipped test (disabled, or an assumption that failed) begins. */
  static final String SKIPPED = "skipped (";

  private static final String SKIP_ADVICE = "; the kit runs every test, so remove what skips it";

  /** Returns a failed outcome for a test that was skipped for {@code reason}. */
  static TestOutcome skipped(TestStart test, String reason) {
    return stopped(test, SKIPPED + reason + ")" + SKIP_ADVICE);
  }

  /** Returns whether the test was skipped rather than run to its end. */
  boolean wasSkipped() {
    return !passed && failure.startsWith(SKIPPED);
  }

  /** Returns why the test was skipped, e.g. {@code skipped (not ready)}; empty if it was not. */
  String skip() {
    return wasSkipped() ? failure.replace(SKIP_ADVICE, "") : "";
  }

  /** Returns a failed outcome for a test the run stopped in, with {@code why} as its failure. */
  static TestOutcome stopped(TestStart test, String why) {
    return new TestOutcome(test.method(), test.displayName(), test.task(), false, why, false, "");
  }
}
