package cascadekit.check;

import java.util.function.UnaryOperator;

/**
 * One constraint a {@link SuggestionRule} proposes from a column's profile, with the figure that
 * made it fire. A suggestion is a start for review, not a spec: keep it, drop it, or paste its
 * {@link #code()} into a check and edit the threshold.
 *
 * <pre>{@code
 * suggestion.sentence();                  // 'visit_id' is not null
 * suggestion.code();                      // .isComplete("visit_id")
 * suggestion.addTo(Check.error("visits")); // the check with the constraint added
 * }</pre>
 *
 * @param column the column it is about
 * @param rule the rule that proposed it
 * @param measured the figure the rule judged, such as a completeness of 0.97
 * @param evidence that figure in words, such as {@code completeness 0.97 (970 of 1000 rows)}
 * @param sentence the constraint as a sentence, as Deequ describes it
 * @param code the constraint as Java code to chain on a {@link Check}
 * @param constraint adds the constraint to a check
 */
public record Suggestion(
    String column, SuggestionRule rule, double measured, String evidence, String sentence, String code,
    UnaryOperator<Check> constraint) {
  /** Returns {@code check} with this suggestion's constraint added. */
  public Check addTo(Check check) {
    return constraint.apply(check);
  }

  /** Returns the code line with its rule and evidence as a comment, ready to paste into a check. */
  @Override
  public String toString() {
    return code + " // " + rule.deequName() + ": " + evidence;
  }
}
