package cascadekit.check;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tech.tablesaw.api.Row;

/** Makes the {@link RowRule}s of a {@link Check}, checking their arguments in the name of the check. */
final class RowRules {
  private RowRules() {}

  /** Returns: at least {@code mostly} of the non-missing values of {@code column} are in {@code allowed}. */
  static RowRule containedIn(String check, String column, Set<String> allowed, double mostly) {
    Set<String> set = Set.copyOf(Arguments.present(check, column, "the allowed set", allowed));
    return new RowRule(Arguments.column(check, column), RowLayout.Kind.ANY, column + " is in " + new TreeSet<>(set),
        Arguments.share(check, column, mostly), (row, c) -> set.contains(row.text(c)));
  }

  /** Returns: at least {@code mostly} of the non-missing values of {@code column} lie in [min, max]. */
  static RowRule between(String check, String column, double min, double max, double mostly) {
    Arguments.range(check, Arguments.column(check, column), min, max);
    return new RowRule(column, RowLayout.Kind.NUMBER,
        column + " is between " + Numbers.text(min) + " and " + Numbers.text(max),
        Arguments.share(check, column, mostly), (row, c) -> Numbers.between(row.number(c), min, max));
  }

  /** Returns: no non-missing value of {@code column} is below 0. */
  static RowRule nonNegative(String check, String column) {
    return new RowRule(Arguments.column(check, column), RowLayout.Kind.NUMBER, column + " is non-negative", 1,
        (row, c) -> row.number(c) >= 0);
  }

  /** Returns: at least {@code mostly} of the non-missing values of {@code column} match {@code regex} whole. */
  static RowRule matches(String check, String column, String regex, double mostly) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(Arguments.present(check, column, "the pattern", regex));
    } catch (PatternSyntaxException e) {
      throw CheckDefinitionException.of(check, column, "bad pattern: " + e.getDescription() + " in " + regex);
    }
    return new RowRule(Arguments.column(check, column), RowLayout.Kind.ANY, column + " matches " + regex,
        Arguments.share(check, column, mostly), (row, c) -> pattern.matcher(row.text(c)).matches());
  }

  /**
   * Returns: every row satisfies {@code predicate}. A predicate that throws on a row stops the run
   * with a {@link CheckDefinitionException} naming the check, the rule and the row: the rule, not
   * the data, needs the fix (a missing cell, say, that it did not expect).
   */
  static RowRule satisfies(String check, String description, Predicate<Row> predicate) {
    if (description == null || description.isBlank()) {
      throw CheckDefinitionException.of(check, null, "a row predicate needs a name that says its rule");
    }
    Predicate<Row> rule = Arguments.present(check, null, "the predicate of '" + description + "'", predicate);
    return new RowRule(null, RowLayout.Kind.ANY, description, 1, (row, c) -> {
      try {
        return rule.test(row.tablesawRow());
      } catch (RuntimeException e) {
        throw CheckDefinitionException.of(check, null,
            "rule '" + description + "' failed to run on row " + row.id() + ": " + e);
      }
    });
  }
}
