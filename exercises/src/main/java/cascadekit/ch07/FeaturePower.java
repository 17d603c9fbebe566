package cascadekit.ch07;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Exercise 07.feature-power: a one-feature screen for target leakage.
 *
 * <p>A loan table has a column {@code letter_sent}, filled in after the decision. Any model finds
 * it, scores well, and fails in production where the letter does not exist yet. The screen: fit
 * a one-feature rule on the training rows, score it on the test rows, and compare it with the
 * majority baseline, as ppscore and deepchecks' feature-label correlation do (deepchecks flags a power
 * of 0.8 or more).
 *
 * <p>Task 1. Fit the rule: for each value of {@code feature} in training, the label most of its
 * rows have; the fallback, for values training never saw, is training's most common label. Ties
 * go to the label that sorts first. Refuse an empty training table.
 * <pre>{@code
 * // train: 8 rows, 5 approved; north 3 of 4 approved, south 2 approved and 2 declined (a tie)
 * fit(train, "region", "decision")   // => {north=approved, south=approved}, fallback approved
 * }</pre>
 *
 * <p>Task 2. Return the rule's accuracy on the test rows. Refuse an empty test table.
 * <pre>{@code
 * accuracy(fit(train, "employment", ...), test, "employment", "decision")   // => 0.75
 * }</pre>
 *
 * <p>Task 3. Return the feature's power: {@code (accuracy - baseline) / (1 - baseline)}, where
 * the baseline is the accuracy on test of always predicting training's most common label; 0 when
 * the rule does no better than the baseline, or when the baseline is already 1.
 * <pre>{@code
 * power(train, test, "employment", "decision")   // => 0.6   ((0.75 - 0.375) / 0.625)
 * }</pre>
 *
 * <p>Task 4. Return the columns other than {@code label}, in table order, whose power is at
 * least {@code threshold}. Refuse a label column the tables lack, naming it.
 * <pre>{@code
 * flagged(train, test, "decision", 0.8)   // => [letter_sent]
 * }</pre>
 */
public final class FeaturePower {
  private FeaturePower() {}

  /** A one-feature rule: a label per value seen in training, and one for any other value. */
  public record Rule(Map<String, String> byValue, String fallback) {}

  /** Returns the rule fitted on the training rows. */
  public static Rule fit(Table train, String feature, String label) {
    // TODO: task 1: count the labels per value and overall, keep each majority.
    throw new UnsupportedOperationException(
        "07.feature-power: FeaturePower.fit is not written yet; do task 1, then ./kit check 07.feature-power");
  }

  /** Returns the share of test rows whose label the rule predicts. */
  public static double accuracy(Rule rule, Table test, String feature, String label) {
    // TODO: task 2: predict each test row, count the right ones.
    throw new UnsupportedOperationException(
        "07.feature-power: FeaturePower.accuracy is not written yet; do task 2, then ./kit check 07.feature-power");
  }

  /** Returns how much of the gap between the baseline and a perfect score the feature closes. */
  public static double power(Table train, Table test, String feature, String label) {
    // TODO: task 3: the rule's accuracy and the baseline's, both on test.
    throw new UnsupportedOperationException(
        "07.feature-power: FeaturePower.power is not written yet; do task 3, then ./kit check 07.feature-power");
  }

  /** Returns the features, in table order, whose power is at least {@code threshold}. */
  public static List<String> flagged(Table train, Table test, String label, double threshold) {
    // TODO: task 4: the power of every column but the label.
    throw new UnsupportedOperationException(
        "07.feature-power: FeaturePower.flagged is not written yet; do task 4, then ./kit check 07.feature-power");
  }
}
