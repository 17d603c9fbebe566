package cascadekit.split;

import java.util.List;
import java.util.Locale;

/**
 * One result of a leakage audit: what was checked, on which column, the value measured, the rule
 * it is held to, whether it broke the rule, and the test rows that carry it (by id).
 *
 * @param kind the check, such as {@code group_overlap} or {@code feature_power}
 * @param subject the column checked, or {@code (rows)} for a check of whole rows
 * @param value the measured value: a share of test rows, a power, or a statistic
 * @param rule the rule, with its threshold, as a sentence
 * @param broken whether the value broke the rule
 * @param rows the ids of the test rows involved (empty for a check of a column)
 * @param detail the evidence in words
 */
public record LeakageFinding(
    String kind, String subject, double value, String rule, boolean broken, List<String> rows, String detail) {
  private static final int SHOWN = 5;

  /** Keeps an unmodifiable copy of the rows. */
  public LeakageFinding {
    rows = List.copyOf(rows);
  }

  /** Returns mark, kind, subject and evidence; then the rule; then the first few rows, if any. */
  @Override
  public String toString() {
    String shown = rows.isEmpty() ? "" : String.format("%n     rows: %s%s",
        String.join(", ", rows.subList(0, Math.min(SHOWN, rows.size()))), rows.size() > SHOWN ? ", ..." : "");
    return String.format(
        Locale.ROOT, "%s %s %s: %s%n     rule: %s%s", broken ? "FAIL" : "ok  ", kind, subject, detail, rule, shown);
  }
}
