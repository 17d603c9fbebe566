package cascadekit.ch07;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    if (train.rowCount() == 0) {
      throw new IllegalArgumentException("the training table " + train.name() + " has no rows");
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, Integer> overall = new TreeMap<>();
    for (int i = 0; i < train.rowCount(); i++) {
      String value = train.getString(i, feature);
      String y = train.getString(i, label);
      counts.computeIfAbsent(value, v -> new TreeMap<>()).merge(y, 1, Integer::sum);
      overall.merge(y, 1, Integer::sum);
    }
    Map<String, String> byValue = new TreeMap<>();
    counts.forEach((value, labels) -> byValue.put(value, majority(labels)));
    return new Rule(byValue, majority(overall));
  }

  /** Returns the share of test rows whose label the rule predicts. */
  public static double accuracy(Rule rule, Table test, String feature, String label) {
    if (test.rowCount() == 0) {
      throw new IllegalArgumentException("the test table " + test.name() + " has no rows");
    }
    int right = 0;
    for (int i = 0; i < test.rowCount(); i++) {
      String predicted = rule.byValue().getOrDefault(test.getString(i, feature), rule.fallback());
      if (predicted.equals(test.getString(i, label))) {
        right++;
      }
    }
    return (double) right / test.rowCount();
  }

  /** Returns how much of the gap between the baseline and a perfect score the feature closes. */
  public static double power(Table train, Table test, String feature, String label) {
    // Scored on test, not on the rows it was fitted on: on those an id is a perfect predictor.
    Rule rule = fit(train, feature, label);
    double accuracy = accuracy(rule, test, feature, label);
    // The baseline uses training's majority too: the test set's labels are not known in advance.
    double baseline = accuracy(new Rule(Map.of(), rule.fallback()), test, feature, label);
    if (baseline == 1) {
      return 0;
    }
    // Worse than the baseline is no power at all, not a negative one.
    return Math.max(0, (accuracy - baseline) / (1 - baseline));
  }

  /** Returns the features, in table order, whose power is at least {@code threshold}. */
  public static List<String> flagged(Table train, Table test, String label, double threshold) {
    if (!train.containsColumn(label) || !test.containsColumn(label)) {
      throw new IllegalArgumentException("no label column '" + label + "' in " + train.columnNames() + " and " + test.columnNames());
    }
    List<String> flagged = new ArrayList<>();
    for (String feature : train.columnNames()) {
      if (!feature.equals(label) && power(train, test, feature, label) >= threshold) {
        flagged.add(feature);
      }
    }
    return flagged;
  }

  /** Returns the label with the most rows; a TreeMap and a strict {@code >} keep the first on a tie. */
  private static String majority(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }
}
