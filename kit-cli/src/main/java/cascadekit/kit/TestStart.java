package cascadekit.kit;

/**
 * A test as it starts: enough to name it if the run stops inside it.
 *
 * @param method the test method's name
 * @param displayName its {@code @DisplayName} sentence
 * @param task its task number, 0 when untagged
 */
record TestStart(String method, String displayName, int task) {
  /** Returns where a run stopped, e.g. {@code task 2 (twice -2 is -4)}. */
  String where() {
    return (task == 0 ? "an untagged test" : "task " + task) + " (" + displayName + ")";
  }
}
