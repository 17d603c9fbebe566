package cascadekit.kit;

/** Where a learner stands on one exercise. */
enum Status {
  /** Never checked. */
  NEW("·"),
  /** Checked, and some test failed or it did not compile. */
  FAILING("✗"),
  /** Checked, and every test passed. */
  DONE("✓");

  private final String symbol;

  Status(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the mark a page shows beside its colour, so the status never rests on colour alone. */
  String symbol() {
    return symbol;
  }

  /** Returns the status as {@code list --plain} prints it: {@code new}, {@code failing}, {@code done}. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
