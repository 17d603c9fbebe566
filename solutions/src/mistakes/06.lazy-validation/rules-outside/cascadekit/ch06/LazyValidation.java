// Mistake: loops over the rules first and the rows inside, so the failures come out by rule, not by row.
package cascadekit.ch06;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
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
    Set<String> names = new HashSet<>();
    for (Rule rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("two rules are named '" + rule.name() + "': the failures could not tell them apart");
      }
    }
    IntColumn rows = IntColumn.create("row");
    StringColumn ruleNames = StringColumn.create("rule");
    StringColumn reasons = StringColumn.create("reason");
    // Rows outside, rules inside: the failures come out already in the documented order.
    for (Rule rule : rules) {
      for (Row row : data) {
        String reason = reason(rule, row);
        if (reason != null) {
          rows.append(row.getRowNumber() + 1);
          ruleNames.append(rule.name());
          reasons.append(reason);
        }
      }
    }
    return Table.create(data.name() + " failures", rows, ruleNames, reasons);
  }

  /** Returns the number of failures of each rule, in the rules' order, 0 for a rule that never failed. */
  public static Map<String, Integer> countsByRule(Table failures, List<Rule> rules) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    rules.forEach(rule -> counts.put(rule.name(), 0));
    for (String name : failures.stringColumn("rule")) {
      counts.merge(name, 1, Integer::sum);
    }
    return counts;
  }

  /** Returns why the rule fails on the row, or null when it holds. */
  private static String reason(Rule rule, Row row) {
    try {
      return rule.test().test(row) ? null : "not satisfied";
    } catch (RuntimeException e) {
      // Lazy means the run goes on: a rule that cannot judge a row has failed on it.
      return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
