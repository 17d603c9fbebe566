package cascadekit.examples.ch06;

import cascadekit.check.Suggestion;
import cascadekit.check.SuggestionRule;
import cascadekit.check.Suggestions;

/**
 * A person's review of the suggestions from the accepted batch's profile: each is kept as an
 * error, moved to the warnings, or dropped, with the reason written down.
 */
final class SuggestionReview {
  /** What the review did with a suggestion. */
  enum Decision {
    KEEP,
    WARN,
    DROP
  }

  private SuggestionReview() {}

  /** Returns what the review does with {@code s}. */
  static Decision decide(Suggestion s) {
    if (s.column().equals("notes")) {
      return Decision.DROP;
    }
    boolean recorded = VisitSuite.RECORDED.contains(s.column());
    if (recorded && s.rule() == SuggestionRule.COMPLETE_IF_COMPLETE
        || s.column().equals("diagnosis_code") && s.rule() == SuggestionRule.CATEGORICAL_RANGE) {
      return Decision.WARN;
    }
    return Decision.KEEP;
  }

  /** Returns why the review decided as it did about {@code s}. */
  static String reason(Suggestion s) {
    return switch (decide(s)) {
      case DROP -> "free text, often empty: its share and phrases say nothing about a visit";
      case WARN -> s.rule() == SuggestionRule.CATEGORICAL_RANGE
          ? "a code the sample never had may be real: look, do not stop"
          : "a missing value costs a row, not a wrong fact";
      case KEEP -> "kept as suggested";
    };
  }

  /** Returns the suggestions the review keeps at {@code decision}. */
  static Suggestions with(Suggestions suggested, Decision decision) {
    return suggested.keeping(s -> decide(s) == decision);
  }
}
