package cascadekit.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;

/**
 * A named group of constraints at one level that reads as a sentence, column first, threshold
 * last, as a Deequ check does. Immutable: every method returns a new check. A bad argument (a
 * share outside [0, 1], a minimum above its maximum, a blank column, a bad pattern) throws a
 * {@link CheckDefinitionException} naming the check and the column, at the call that adds it.
 * Column rules skip missing cells, which are completeness' business.
 *
 * <pre>{@code
 * Check visits = Check.error("visits are usable")
 *     .isComplete("visit_id")                      // every visit has an id
 *     .isUnique("visit_id")                        // and no id is used twice
 *     .isBetween("age", 0, 120)                    // ages a person can have
 *     .isContainedIn("sex", Set.of("F", "M"), 0.99);
 * }</pre>
 */
public final class Check {
  private final String name;
  private final Level level;
  private final List<Constraint> constraints;

  private Check(String name, Level level, List<Constraint> constraints) {
    this.name = name;
    this.level = level;
    this.constraints = List.copyOf(constraints);
  }

  /** Returns an empty check named {@code name} whose failures fail a run. */
  public static Check error(String name) {
    return of(name, Level.ERROR);
  }

  /** Returns an empty check named {@code name} whose failures are warnings. */
  public static Check warn(String name) {
    return of(name, Level.WARN);
  }

  private static Check of(String name, Level level) {
    if (name == null || name.isBlank()) {
      throw new CheckDefinitionException("a check needs a name that says its intent, got '" + name + "'");
    }
    return new Check(name, level, List.of());
  }

  /** Returns the check's name. */
  public String name() {
    return name;
  }

  /** Returns the check's level. */
  public Level level() {
    return level;
  }

  /** Returns this check with: the number of rows is between {@code min} and {@code max}, inclusive. */
  public Check hasRowCountBetween(long min, long max) {
    if (min < 0 || min > max) {
      throw CheckDefinitionException.of(name, null, "row count bounds " + min + " and " + max + " are not 0 <= min <= max");
    }
    return with(new RowCount(min, max));
  }

  /** Returns this check with: {@code column} is present with {@code type}. */
  public Check hasColumn(String column, ColumnType type) {
    return with(SchemaRules.column(new ColumnSpec(Arguments.column(name, column), Arguments.present(name, column, "type", type))));
  }

  /** Returns this check with: the columns are {@code specs}, in order, with their types; extra columns warn. */
  public Check hasSchema(List<ColumnSpec> specs) {
    if (specs == null || specs.isEmpty()) {
      throw CheckDefinitionException.of(name, null, "a schema needs at least one column");
    }
    return with(SchemaRules.schema(specs)).with(SchemaRules.noExtraColumns(specs));
  }

  /** Returns this check with: no cell of {@code column} is missing. */
  public Check isComplete(String column) {
    return hasCompletenessAtLeast(column, 1);
  }

  /** Returns this check with: at least {@code share} of all rows have a value in {@code column}. */
  public Check hasCompletenessAtLeast(String column, double share) {
    return with(new Completeness(Arguments.column(name, column), Arguments.share(name, column, share)));
  }

  /**
   * Returns this check with: no non-missing value of {@code columns} occurs twice; with several
   * columns, no combination of their values does: {@code isUnique("patient_id", "visit_date")}.
   */
  public Check isUnique(String... columns) {
    return hasUniquenessAtLeast(columns == null ? null : Arrays.asList(columns), 1);
  }

  /** Returns this check with: at least {@code share} of {@code column}'s non-missing values occur once (Deequ). */
  public Check hasUniquenessAtLeast(String column, double share) {
    return hasUniquenessAtLeast(List.of(Arguments.column(name, column)), share);
  }

  /**
   * Returns this check with: at least {@code share} of the combinations of {@code columns}' values
   * occur once (Deequ); a row is left out only when every one of its cells there is missing.
   */
  public Check hasUniquenessAtLeast(List<String> columns, double share) {
    List<String> key = Arguments.columns(name, columns);
    return with(new Uniqueness(key, Arguments.share(name, String.join(", ", key), share)));
  }

  /** Returns this check with: every non-missing value of {@code column} is one of {@code allowed}. */
  public Check isContainedIn(String column, Set<String> allowed) {
    return isContainedIn(column, allowed, 1);
  }

  /** Returns this check with: at least {@code mostly} of {@code column}'s non-missing values are in {@code allowed}. */
  public Check isContainedIn(String column, Set<String> allowed, double mostly) {
    return with(RowRules.containedIn(name, column, allowed, mostly));
  }

  /** Returns this check with: every non-missing value of {@code column} lies in [{@code min}, {@code max}]. */
  public Check isBetween(String column, double min, double max) {
    return isBetween(column, min, max, 1);
  }

  /** Returns this check with: at least {@code mostly} of {@code column}'s non-missing values lie in [min, max]. */
  public Check isBetween(String column, double min, double max, double mostly) {
    return with(RowRules.between(name, column, min, max, mostly));
  }

  /** Returns this check with: no non-missing value of {@code column} is below 0. */
  public Check isNonNegative(String column) {
    return with(RowRules.nonNegative(name, column));
  }

  /** Returns this check with: every non-missing value of {@code column} matches {@code regex} whole. */
  public Check matches(String column, String regex) {
    return matches(column, regex, 1);
  }

  /** Returns this check with: at least {@code mostly} of {@code column}'s non-missing values match {@code regex} whole. */
  public Check matches(String column, String regex, double mostly) {
    return with(RowRules.matches(name, column, regex, mostly));
  }

  /** Returns this check with: the mean of {@code column}'s non-missing values lies in [min, max]. */
  public Check hasMeanBetween(String column, double min, double max) {
    return with(Statistic.mean(name, column, min, max));
  }

  /** Returns this check with: the population standard deviation of {@code column} lies in [min, max]. */
  public Check hasStandardDeviationBetween(String column, double min, double max) {
    return with(Statistic.standardDeviation(name, column, min, max));
  }

  /** Returns this check with: the exact {@code quantile} of {@code column} lies in [min, max]. */
  public Check hasQuantileBetween(String column, double quantile, double min, double max) {
    return with(Statistic.quantile(name, column, quantile, min, max));
  }

  /** Returns this check with: {@code column} has between {@code min} and {@code max} distinct non-missing values. */
  public Check hasDistinctCountBetween(String column, long min, long max) {
    return with(Statistic.distinctCount(name, column, min, max));
  }

  /** Returns this check with: every row satisfies {@code predicate}, named by {@code description}. */
  public Check satisfies(String description, Predicate<Row> predicate) {
    return with(RowRules.satisfies(name, description, predicate));
  }

  /** Returns this check with: the newest value of {@code column} is at most {@code maxAge} old at {@code asOf}. */
  public Check isFresh(String column, Duration maxAge, Instant asOf) {
    return with(Freshness.of(name, column, maxAge, asOf));
  }

  /** Returns the constraints, in the order they were added. */
  List<Constraint> constraints() {
    return constraints;
  }

  private Check with(Constraint constraint) {
    List<Constraint> more = new ArrayList<>(constraints);
    more.add(constraint);
    return new Check(name, level, more);
  }
}
