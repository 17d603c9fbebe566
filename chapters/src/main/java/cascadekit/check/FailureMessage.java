package cascadekit.check;

import cascadekit.profile.Figures;

/** The message of a failed data test: where, which rule, what was measured, which rows. */
final class FailureMessage {
  private FailureMessage() {}

  /**
   * Returns e.g. {@code column 'age': rule 'age is between 0 and 120' failed: measured 0.996,
   * expected >= 1; 12 failing rows of 3020, first: V00639, V01001, ...}: the first 20 ids.
   */
  static String of(ConstraintResult failed, int rows) {
    String where = failed.column() == null ? "table" : "column '" + failed.column() + "'";
    String message = where + ": rule '" + failed.constraint() + "' failed: measured " + Figures.of(failed.value())
        + ", expected " + failed.threshold();
    if (failed.failingCount() == 0) {
      return message;
    }
    String more = failed.failingCount() > failed.failingIds().size() ? ", ..." : "";
    String noun = failed.failingCount() == 1 ? " failing row of " : " failing rows of ";
    return message + "; " + failed.failingCount() + noun + rows + ", first: "
        + String.join(", ", failed.failingIds()) + more;
  }
}
