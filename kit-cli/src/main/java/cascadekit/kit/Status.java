package cascadekit.kit;

/** Where a learner stands on one exercise. */
enum Status {
  /** Never checked. */
  NEW,
  /** Checked, and some test failed or it did not compile. */
  FAILING,
  /** Checked, and every test passed. */
  DONE;

  /** Returns the status as {@code list --plain} prints it: {@code new}, {@code failing}, {@code done}. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
