package cascadekit.check;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Deequ's constraint suggestion rules, with its thresholds. Deequ's default set has the first five
 * (and a fractional category rule the kit leaves out); {@link #UNIQUE_IF_APPROXIMATELY_UNIQUE}
 * is in its extended set.
 */
public enum SuggestionRule {
  /** Completeness 1: suggests {@code isComplete}. */
  COMPLETE_IF_COMPLETE("CompleteIfCompleteRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      return when(profile.completeness() == 1.0, profile, profile.completeness(), completeness(profile),
          "'%s' is not null", ".isComplete(%s)", check -> check.isComplete(profile.name()));
    }
  },
  /**
   * 0.2 < completeness < 1: models completeness as a binomial proportion and suggests its 95%
   * Wald lower bound, p - 1.96 sqrt(p (1 - p) / n), rounded down to two decimals, as Deequ does.
   * A bound not above 0 retains nothing and is not suggested (Deequ would write it).
   * The sentence says "at most", as the bound allows; Deequ writes "less than".
   */
  RETAIN_COMPLETENESS("RetainCompletenessRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      double p = profile.completeness();
      double bound = BigDecimal.valueOf(p - 1.96 * Math.sqrt(p * (1 - p) / profile.rows()))
          .setScale(2, RoundingMode.DOWN).doubleValue();
      long missingPercent = Math.round((1.0 - bound) * 100); // Deequ truncates, and 1 - 0.93 gives 6%
      return when(p > 0.2 && p < 1.0 && bound > 0, profile, p, completeness(profile),
          "'%s' has at most " + missingPercent + "% missing values", ".hasCompletenessAtLeast(%s, " + bound + ")",
          check -> check.hasCompletenessAtLeast(profile.name(), bound));
    }
  },
  /** A number or boolean column: suggests keeping its type (Deequ does so for types it inferred). */
  RETAIN_TYPE("RetainTypeRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      ColumnType type = column.type();
      boolean testable = column instanceof NumericColumn<?> || ColumnType.BOOLEAN.equals(type);
      return when(testable, profile, Double.NaN, "type " + type.name(), "'%s' has type " + type.name(),
          ".hasColumn(%s, ColumnType." + type.name() + ")", check -> check.hasColumn(profile.name(), type));
    }
  },
  /**
   * A text column with at most 120 distinct values (Deequ's histogram threshold) in which at most
   * 10% of the histogram's entries occur once; as in Deequ, missing values are one entry of the
   * histogram. Suggests {@code isContainedIn} the values seen, most frequent first. Deequ also
   * applies it to integer columns; the kit keeps it to text.
   */
  CATEGORICAL_RANGE("CategoricalRangeRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      long entries = profile.distinct() + (profile.missing() > 0 ? 1 : 0);
      long once = profile.unique() + (profile.missing() == 1 ? 1 : 0);
      double ratio = (double) once / entries;
      boolean categorical = ColumnType.STRING.equals(column.type()) && profile.distinct() <= 120 && ratio <= 0.1;
      List<String> values = categorical ? Categories.byPopularity(column) : List.of();
      Set<String> allowed = Set.copyOf(values);
      return when(categorical, profile, ratio,
          once + " of " + entries + " histogram entries occur once (" + Figures.of(ratio) + ")",
          "'%s' has value range " + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")),
          ".isContainedIn(%s, Set.of(" + values.stream().map(Categories::javaString).collect(Collectors.joining(", "))
              + "))", check -> check.isContainedIn(profile.name(), allowed));
    }
  },
  /** A number column whose minimum is at least 0: suggests {@code isNonNegative}. */
  NON_NEGATIVE_NUMBERS("NonNegativeNumbersRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      double min = column instanceof NumericColumn<?> && !profile.min().isEmpty() ? Double.parseDouble(profile.min()) : -1;
      return when(min >= 0, profile, min, "minimum " + profile.min(), "'%s' has no negative values",
          ".isNonNegative(%s)", check -> check.isNonNegative(profile.name()));
    }
  },
  /**
   * A complete column whose distinct values are within 8% of its rows, |1 - distinct / rows| <=
   * 0.08 (Deequ's allowance for its approximate count): suggests {@code isUnique}. The kit counts
   * exactly, so a column with a few duplicates gets a suggestion its own sample fails.
   */
  UNIQUE_IF_APPROXIMATELY_UNIQUE("UniqueIfApproximatelyUniqueRule") {
    @Override
    Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column) {
      double distinctness = (double) profile.distinct() / profile.rows();
      return when(profile.completeness() == 1.0 && Math.abs(1.0 - distinctness) <= 0.08, profile, distinctness,
          "distinct values / rows " + Figures.of(distinctness) + " (" + profile.distinct() + " of " + profile.rows() + ")",
          "'%s' is unique", ".isUnique(%s)", check -> check.isUnique(profile.name()));
    }
  };

  private final String deequName;

  SuggestionRule(String deequName) {
    this.deequName = deequName;
  }

  /** Returns the name of the rule's class in Deequ, such as {@code CompleteIfCompleteRule}. */
  public String deequName() {
    return deequName;
  }

  /** Returns this rule's suggestion for a column, given its profile and the column itself. */
  abstract Optional<Suggestion> suggest(ColumnProfile profile, Column<?> column);

  /** Returns the suggestion when {@code applies}; the first {@code %s} of sentence and code is the column. */
  final Optional<Suggestion> when(boolean applies, ColumnProfile profile, double measured, String evidence,
      String sentence, String code, UnaryOperator<Check> constraint) {
    if (!applies) {
      return Optional.empty();
    }
    String name = profile.name();
    return Optional.of(new Suggestion(name, this, measured, evidence, first(sentence, name),
        first(code, Categories.javaString(name)), constraint));
  }

  /** Returns {@code template} with its first {@code %s}, the column's place, replaced by {@code text}. */
  private static String first(String template, String text) {
    return template.replaceFirst("%s", Matcher.quoteReplacement(text));
  }

  private static String completeness(ColumnProfile profile) {
    return String.format(Locale.ROOT, "completeness %s (%d of %d rows)",
        Figures.of(profile.completeness()), profile.present(), profile.rows());
  }
}
