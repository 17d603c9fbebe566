package cascadekit.scale;

/**
 * What the kit and Deequ found for one paired constraint.
 *
 * @param constraint the constraint in words
 * @param kitValue the kit's metric
 * @param deequValue Deequ's metric (NaN when it has none that is a number, e.g. a type histogram)
 * @param kitPassed whether the kit's constraint passed
 * @param deequPassed whether Deequ's constraint passed
 * @param tolerance the tolerance in words
 * @param low the lowest Deequ value that agrees
 * @param high the highest Deequ value that agrees
 */
public record ParityRow(String constraint, double kitValue, double deequValue, boolean kitPassed, boolean deequPassed,
    String tolerance, double low, double high) {
  /** Returns whether the verdicts are the same and Deequ's metric lies within the tolerance (or both are NaN). */
  public boolean agrees() {
    boolean values = Double.isNaN(kitValue) && Double.isNaN(deequValue)
        || Double.isInfinite(low) && Double.isInfinite(high)
        || deequValue >= low && deequValue <= high;
    return kitPassed == deequPassed && values;
  }
}
