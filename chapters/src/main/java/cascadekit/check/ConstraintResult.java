package cascadekit.check;

import java.util.List;

/**
 * What one constraint found: whether it passed, the metric it measured, the threshold it was held
 * to, and for a row-level constraint the ids of the first {@value #ID_CAP} failing rows (in row
 * order; every one under {@link ResultFormat#COMPLETE}) with the total count of failing rows. A table-level constraint (row count, mean,
 * schema...) has no failing rows; a schema constraint lists the offending columns as its ids.
 *
 * @param check the name of the check the constraint belongs to
 * @param level the constraint's level: an {@code ERROR} failure fails the run
 * @param constraint the constraint as a sentence, e.g. {@code age is between 0 and 120}
 * @param column the column it reads, or null for a row count, a row predicate or a schema
 * @param status whether it passed
 * @param value the measured metric (NaN when there was nothing to measure, e.g. a mean of no values)
 * @param threshold the threshold the value was held to, e.g. {@code >= 0.95}
 * @param failingIds the ids of the first failing rows (at most {@value #ID_CAP} unless the suite's format is {@link ResultFormat#COMPLETE})
 * @param failingCount how many rows failed in all
 */
public record ConstraintResult(
    String check,
    Level level,
    String constraint,
    String column,
    Status status,
    double value,
    String threshold,
    List<String> failingIds,
    long failingCount) {
  /** The most failing-row ids a result keeps by default ({@link ResultFormat#SUMMARY}), as Great Expectations' summary format does. */
  public static final int ID_CAP = 20;

  /** Copies the ids. */
  public ConstraintResult {
    failingIds = List.copyOf(failingIds);
  }

  /** Returns whether the constraint failed. */
  public boolean failed() {
    return status == Status.FAILED;
  }
}
