package cascadekit.ch10;

import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Exercise 10.find-duplicates: the later copy of each visit entered twice.
 *
 * <p>Some forms reached the server twice. Some copies are exact: every value but the
 * {@code visit_id} equal. Others were re-entered by the same enumerator a few minutes later,
 * on the same plot, with a slightly different yield. Many plots are also visited again on other
 * days: those are real visits, not duplicates. The visits come as {@code LoadVisits} gives them
 * (the test gives you each season, every row). Use the toolbox ({@code ExactDuplicates},
 * {@code NearDuplicates}); what makes two rows one visit is yours to decide.
 *
 * <p>Task 1. Return the id of the later copy of each exact duplicate, never the original. Graded:
 * at least 90% of the 40 exact duplicates found (the reference: 100%), no original flagged.
 * <pre>{@code
 * CS00809 and CS03004, equal but for the id   // => {CS03004}
 * }</pre>
 *
 * <p>Task 2. Add the near duplicates. Graded against the 80 exact and near duplicates: precision
 * and recall at least 0.9 (the reference: 1.0 and 1.0; exact ones only: recall 0.5; every later
 * visit of a plot by the same enumerator: precision 0.16), no original flagged, at most 8 of the
 * 1,403 real revisits flagged.
 * <pre>{@code
 * CS01465 at 08:24 and CS03081 at 08:32, same plot, enumerator and day, yield 2900 and 2987   // => {CS03081}
 * }</pre>
 */
public final class FindDuplicates {
  private FindDuplicates() {}

  /** Returns the ids of the later copies of exact and near-duplicate visits; the first is kept. */
  public static Set<String> duplicates(Table visits) {
    // TODO: tasks 1-2: find the exact duplicates, then the near ones.
    throw new UnsupportedOperationException(
        "10.find-duplicates: FindDuplicates.duplicates is not written yet; do task 1, then ./kit check 10.find-duplicates");
  }
}
