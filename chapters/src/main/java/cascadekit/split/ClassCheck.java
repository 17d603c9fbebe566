package cascadekit.split;

/** Fails when a class of the label is too small for a stratified split. */
final class ClassCheck {
  private ClassCheck() {}

  /**
   * Fails unless every class has at least one row in test and one in training.
   *
   * @param testCounts each class's rows in test, in the order of {@code classes}
   * @param setting the split's setting, named in the message
   */
  static void bothSides(String label, Blocks classes, int[] testCounts, String setting) {
    for (int c = 0; c < classes.count(); c++) {
      int rows = classes.size(c);
      if (testCounts[c] == 0 || testCounts[c] == rows) {
        throw new IllegalArgumentException("class '" + classes.value(c) + "' of label '" + label
            + "' has " + rows + " rows: " + setting + " puts " + testCounts[c] + " in test and "
            + (rows - testCounts[c]) + " in training; too few to stratify, each class needs a row on each side");
      }
    }
  }

  /** Fails when a class has fewer rows than {@code folds}, the value of argument {@code argument}. */
  static void atLeast(String label, Blocks classes, int folds, String argument) {
    for (int c = 0; c < classes.count(); c++) {
      if (classes.size(c) < folds) {
        throw new IllegalArgumentException("class '" + classes.value(c) + "' of label '" + label + "' has "
            + classes.size(c) + " rows, fewer than " + argument + "=" + folds
            + "; too few to stratify, some fold would test none of it");
      }
    }
  }
}
