package cascadekit.check;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Constraints suggested from a table's profile by Deequ's rules ({@link SuggestionRule}), for a
 * person to review: filter out what is wrong, keep the rest, add the domain rules no profile can
 * see. Suggestions describe the sample they came from, so they are a start, not a spec.
 *
 * <pre>{@code
 * Suggestions suggested = Suggestions.of(visits);
 * System.out.println(suggested.toCode());                 // one line of code per suggestion
 * Check check = suggested.withoutColumn("notes")
 *     .withoutRule(SuggestionRule.UNIQUE_IF_APPROXIMATELY_UNIQUE)
 *     .addTo(Check.error("visits are usable"))
 *     .isBetween("age", 0, 120);                         // a domain rule
 * }</pre>
 */
public final class Suggestions {
  private final List<Suggestion> suggestions;

  private Suggestions(List<Suggestion> suggestions) {
    this.suggestions = List.copyOf(suggestions);
  }

  /** Returns the suggestions of every rule for every column of {@code table}, column by column. */
  public static Suggestions of(Table table) {
    return of(table, EnumSet.allOf(SuggestionRule.class));
  }

  /** Returns the suggestions of {@code rules} for every column of {@code table}, column by column. */
  public static Suggestions of(Table table, Set<SuggestionRule> rules) {
    List<ColumnProfile> profiles = Profiler.profile(table);
    List<Suggestion> suggested = new ArrayList<>();
    for (ColumnProfile profile : profiles) {
      for (SuggestionRule rule : SuggestionRule.values()) {
        if (rules.contains(rule)) {
          rule.suggest(profile, table.column(profile.name())).ifPresent(suggested::add);
        }
      }
    }
    return new Suggestions(suggested);
  }

  /** Returns the suggestions, in order. */
  public List<Suggestion> all() {
    return suggestions;
  }

  /** Returns those that {@code keep} accepts. */
  public Suggestions keeping(Predicate<Suggestion> keep) {
    return new Suggestions(suggestions.stream().filter(keep).toList());
  }

  /** Returns those that {@code drop} rejects. */
  public Suggestions without(Predicate<Suggestion> drop) {
    return keeping(drop.negate());
  }

  /** Returns those about {@code column}. */
  public Suggestions forColumn(String column) {
    return keeping(suggestion -> suggestion.column().equals(column));
  }

  /** Returns those not about {@code column}. */
  public Suggestions withoutColumn(String column) {
    return without(suggestion -> suggestion.column().equals(column));
  }

  /** Returns those of {@code rule}. */
  public Suggestions byRule(SuggestionRule rule) {
    return keeping(suggestion -> suggestion.rule() == rule);
  }

  /** Returns those not of {@code rule}. */
  public Suggestions withoutRule(SuggestionRule rule) {
    return without(suggestion -> suggestion.rule() == rule);
  }

  /** Returns {@code check} with every suggestion's constraint added, in order. */
  public Check addTo(Check check) {
    Check built = check;
    for (Suggestion suggestion : suggestions) {
      built = suggestion.addTo(built);
    }
    return built;
  }

  /** Returns an error-level check named {@code description} holding every suggestion. */
  public Check toCheck(String description) {
    return addTo(Check.error(description));
  }

  /** Returns one line per suggestion, its code and, as a comment, its rule and evidence. */
  public String toCode() {
    return suggestions.stream().map(Suggestion::toString).collect(Collectors.joining("\n"));
  }
}
