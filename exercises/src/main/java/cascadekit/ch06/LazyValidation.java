package cascadekit.ch06;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Exercise 06.lazy-validation: every failure of every rule, in one table, as Pandera's lazy mode.
 *
 * <p>A validator that stops at the first failure makes a data owner fix one cell per run. Pandera
 * with {@code lazy=True} runs every check on every row and returns all failure cases at once, as
 * a table. Here a rule is a name and a test of a Tablesaw row. A rule that throws on a row (a
 * dose that is not a number) is a failure of that rule on that row, not the end of the run.
 *
 * <p>Task 1. Run every rule on every row and return the failures as a table with the columns
 * {@code row} (int, from 1), {@code rule} (the rule's name) and {@code reason}: {@code not
 * satisfied} when the test returned false, {@code threw <SimpleName>: <message>} when it threw.
 * Sort by row, then by the order the rules were given in. No failure gives the three columns
 * with no rows. Refuse two rules with one name with an {@code IllegalArgumentException}.
 * <pre>{@code
 * failures([V1 34 "5", v2 -3 "ten"], [age in 0..120, dose > 0, id matches V\d+])
 * // => 2 | age in 0..120 | not satisfied
 * //    2 | dose > 0      | threw NumberFormatException: For input string: "ten"
 * //    2 | id matches... | not satisfied
 * }</pre>
 *
 * <p>Task 2. From such a failure table, return the number of failures per rule, every rule in
 * the order given, a rule that never failed with 0.
 * <pre>{@code
 * countsByRule(the failures above, the three rules)   // => {age in 0..120=1, dose > 0=1, id matches V\d+=1}
 * }</pre>
 */
public final class LazyValidation {
  private LazyValidation() {}

  /** A named test of one row. */
  public record Rule(String name, Predicate<Row> test) {}

  /** Returns every failure of every rule on every row, by row then rule order. */
  public static Table failures(Table data, List<Rule> rules) {
    // TODO: task 1: loop over the rows, then the rules; catch what a rule throws; append each failure.
    throw new UnsupportedOperationException(
        "06.lazy-validation: LazyValidation.failures is not written yet; do task 1, then ./kit check 06.lazy-validation");
  }

  /** Returns the number of failures of each rule, in the rules' order, 0 for a rule that never failed. */
  public static Map<String, Integer> countsByRule(Table failures, List<Rule> rules) {
    // TODO: task 2: start every rule at 0, then count the failure table's rule column.
    throw new UnsupportedOperationException(
        "06.lazy-validation: LazyValidation.countsByRule is not written yet; do task 2, then ./kit check 06.lazy-validation");
  }
}
