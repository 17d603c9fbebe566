package cascadekit.split;

/** The number of test items for a fraction, as scikit-learn's train_test_split counts it. */
final class TestSize {
  private TestSize() {}

  /**
   * Returns {@code ceil(testFraction * n)}, failing when that leaves no item on a side.
   *
   * @param what what is counted, for the message: "rows" or "groups"
   */
  static int of(double testFraction, int n, String what) {
    Arguments.fraction("testFraction", testFraction);
    int test = (int) Math.ceil(testFraction * n);
    if (test < 1 || test >= n) {
      throw new IllegalArgumentException("testFraction=" + testFraction + " of " + n + " " + what
          + " puts " + test + " in test and " + (n - test) + " in training; each side needs at least one");
    }
    return test;
  }
}
