package cascadekit.monitoring;

import java.time.YearMonth;

/**
 * A problem the monitor sees in one month's batch.
 *
 * @param month the batch's month
 * @param column the column it concerns, or {@code ""} for the whole batch (volume)
 * @param defect what it is, in the manifest's words: {@code mean_shift}, {@code stale_timestamps}, ...
 * @param detail the evidence, e.g. {@code PSI 0.335 >= 0.25, mean +0.57 sd}
 */
public record Finding(YearMonth month, String column, String defect, String detail) {
  /** Returns whether {@code other} is the same problem (column and defect), in any month. */
  public boolean sameProblem(Finding other) {
    return column.equals(other.column) && defect.equals(other.defect);
  }
}
