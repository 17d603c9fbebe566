package cascadekit.scale;

import com.amazon.deequ.constraints.ConstrainableDataTypes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import scala.collection.immutable.StringOps;
import tech.tablesaw.api.ColumnType;

/**
 * The kit's constraints paired with their Deequ form. A kit column rule (range, set, pattern,
 * non-negative) judges the non-missing cells only, where Deequ divides by all rows, counting a
 * null as passing a range, set or non-negative rule and as failing a pattern; the Deequ form adds
 * {@code where("col IS NOT NULL")}, so both divide by the same rows and the shares agree exactly,
 * not only the verdicts.
 */
public final class DeequForms {
  private DeequForms() {}

  /** Every cell of {@code column} present. */
  public static PairedConstraint complete(String column) {
    return pair(column + " is complete", List.of(column), Tolerance.exact(), k -> k.isComplete(column),
        d -> d.isComplete(column, Scala.none(), Scala.none()));
  }

  /** At least {@code share} of {@code column}'s cells present. */
  public static PairedConstraint completeAtLeast(String column, double share) {
    return pair(column + " completeness >= " + share, List.of(column), Tolerance.exact(),
        k -> k.hasCompletenessAtLeast(column, share),
        d -> d.hasCompleteness(column, Scala.assertion(v -> v >= share), Scala.none(), Scala.none()));
  }

  /** No value (combination of values) of {@code columns} occurs twice. */
  public static PairedConstraint unique(String... columns) {
    return pair(String.join(", ", columns) + " is unique", List.of(columns), Tolerance.exact(), k -> k.isUnique(columns),
        d -> d.hasUniqueness(Scala.seq(List.of(columns)), Scala.assertion(v -> v == 1), Scala.none()));
  }

  /** Between {@code min} and {@code max} rows. */
  public static PairedConstraint rowCountBetween(long min, long max) {
    return pair("row count in [" + min + ", " + max + "]", List.of(), Tolerance.exact(), k -> k.hasRowCountBetween(min, max),
        d -> d.hasSize(Scala.countAssertion(n -> n >= min && n <= max), Scala.none()));
  }

  /** Every value of {@code column} in [min, max]. */
  public static PairedConstraint between(String column, double min, double max) {
    return pair(column + " in [" + min + ", " + max + "]", List.of(column), Tolerance.exact(), k -> k.isBetween(column, min, max),
        d -> d.isContainedIn(column, min, max, true, true, Scala.none(), Scala.none()).where(present(column)));
  }

  /** No value of {@code column} below 0. */
  public static PairedConstraint nonNegative(String column) {
    return pair(column + " is non-negative", List.of(column), Tolerance.exact(), k -> k.isNonNegative(column),
        d -> d.isNonNegative(column, Scala.assertion(v -> v == 1), Scala.none()).where(present(column)));
  }

  /** Every value of {@code column} one of {@code allowed}. */
  public static PairedConstraint containedIn(String column, Set<String> allowed) {
    return pair(column + " in " + allowed.size() + " values", List.of(column), Tolerance.exact(),
        k -> k.isContainedIn(column, allowed),
        d -> d.isContainedIn(column, allowed.toArray(new String[0]), Scala.assertion(v -> v == 1), Scala.none())
            .where(present(column)));
  }

  /** Every value of {@code column} matches {@code regex} whole (Deequ finds a match anywhere, so the regex is anchored). */
  public static PairedConstraint matches(String column, String regex) {
    return pair(column + " matches " + regex, List.of(column), Tolerance.exact(), k -> k.matches(column, regex),
        d -> d.hasPattern(column, new StringOps("^(" + regex + ")$").r(), Scala.assertion(v -> v == 1), Scala.none(),
            Scala.none(), Scala.none()).where(present(column)));
  }

  /** Every row satisfies a rule, given to the kit as a predicate and to Deequ as the same rule in SQL. */
  public static PairedConstraint satisfies(String description, Predicate<tech.tablesaw.api.Row> rule, String sql,
      List<String> columns) {
    return pair(description, columns, Tolerance.exact(), k -> k.satisfies(description, rule),
        d -> d.satisfies(sql, description, Scala.assertion(v -> v == 1), Scala.none(), Scala.list(columns), Scala.none()));
  }

  /**
   * The newest day of {@code column} at most {@code maxAge} before {@code asOf}. Deequ has no
   * freshness: its form asks that some row be that recent, a share, where the kit measures an age.
   */
  public static PairedConstraint fresh(String column, Duration maxAge, LocalDate asOf) {
    LocalDate oldest = asOf.minusDays(maxAge.toDays());
    return pair(column + " is fresh", List.of(column), Tolerance.verdictOnly(),
        k -> k.isFresh(column, maxAge, asOf.atStartOfDay(ZoneOffset.UTC).toInstant()),
        d -> d.satisfies("`" + column + "` >= DATE'" + oldest + "'", column + " is fresh", Scala.assertion(v -> v > 0),
            Scala.none(), Scala.list(List.of(column)), Scala.none()));
  }

  /** {@code column} holds {@code type}: the kit reads the column's type, Deequ the share of values of that type. */
  public static PairedConstraint hasType(String column, ColumnType type) {
    scala.Enumeration.Value deequType = ColumnType.DOUBLE.equals(type) ? ConstrainableDataTypes.Fractional()
        : ColumnType.BOOLEAN.equals(type) ? ConstrainableDataTypes.Boolean() : ConstrainableDataTypes.Integral();
    return pair(column + " has type " + type.name(), List.of(column), Tolerance.verdictOnly(), k -> k.hasColumn(column, type),
        d -> d.hasDataType(column, deequType, Scala.assertion(v -> v == 1), Scala.none()));
  }

  /** The mean of {@code column} in [min, max]. */
  public static PairedConstraint mean(String column, double min, double max) {
    return pair("mean of " + column + " in [" + min + ", " + max + "]", List.of(column), Tolerance.exact(),
        k -> k.hasMeanBetween(column, min, max), d -> d.hasMean(column, Scala.assertion(v -> v >= min && v <= max), Scala.none()));
  }

  /** The population standard deviation of {@code column} in [min, max], in both. */
  public static PairedConstraint standardDeviation(String column, double min, double max) {
    return pair("sd of " + column + " in [" + min + ", " + max + "]", List.of(column), Tolerance.exact(),
        k -> k.hasStandardDeviationBetween(column, min, max),
        d -> d.hasStandardDeviation(column, Scala.assertion(v -> v >= min && v <= max), Scala.none()));
  }

  /** The {@code quantile} of {@code column} in [min, max]: exact in the kit, approximate (rank error 0.01) in Deequ. */
  public static PairedConstraint quantile(String column, double quantile, double min, double max) {
    return pair(quantile + " quantile of " + column + " in [" + min + ", " + max + "]", List.of(column),
        Tolerance.rank(column, quantile, 0.01), k -> k.hasQuantileBetween(column, quantile, min, max),
        d -> d.hasApproxQuantile(column, quantile, Scala.assertion(v -> v >= min && v <= max), Scala.none()));
  }

  /** Between {@code min} and {@code max} distinct values in {@code column}: exact in the kit, HyperLogLog++ in Deequ. */
  public static PairedConstraint distinctCount(String column, long min, long max) {
    return pair("distinct " + column + " in [" + min + ", " + max + "]", List.of(column), Tolerance.relative(0.10),
        k -> k.hasDistinctCountBetween(column, min, max),
        d -> d.hasApproxCountDistinct(column, Scala.assertion(v -> v >= min && v <= max), Scala.none()));
  }

  private static String present(String column) {
    return "`" + column + "` IS NOT NULL";
  }

  private static PairedConstraint pair(String name, List<String> columns, Tolerance tolerance,
      java.util.function.UnaryOperator<cascadekit.check.Check> kit,
      java.util.function.UnaryOperator<com.amazon.deequ.checks.Check> deequ) {
    return new PairedConstraint(name, columns, tolerance, kit, deequ);
  }
}
