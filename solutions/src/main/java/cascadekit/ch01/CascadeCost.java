package cascadekit.ch01;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 01.cascade-cost: measure what a defect cost, row by row.
 *
 * <p>Chapter 01 trains one model twice, on clean data and on data with one upstream defect, and
 * scores both on the same held-out rows. The drop in accuracy is the cascade cost. The net
 * number hides churn: a defect can break some predictions and, by luck, fix others. All three
 * lists are in the same row order: {@code actual.get(i)} is the true label of row {@code i}.
 *
 * <p>Task 1. Return the cost in percentage points: (clean accuracy - defective accuracy) x 100.
 * Refuse lists of different lengths, or empty ones, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * costInPoints(List.of("A", "A", "G", "G"),    // actual
 *              List.of("A", "A", "G", "A"),    // clean model: 3 of 4 right
 *              List.of("A", "G", "A", "A"))    // defective model: 1 of 4 right   => 50.0
 * }</pre>
 *
 * <p>Task 2. Return the rows the defect broke: right under the clean model, wrong under the
 * defective one, as 0-based row numbers in ascending order. Refuse lists of different lengths, or
 * empty ones, as in task 1, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * broken(same three lists)   // => [1, 2]   (row 3 was already wrong before the defect)
 * }</pre>
 *
 * <p>Task 3. Return the rows the defect fixed by luck: wrong under the clean model, right under
 * the defective one, ascending.
 * <pre>{@code
 * fixed(List.of("A", "G"), List.of("A", "A"), List.of("G", "G"))   // => [1]
 * }</pre>
 */
public final class CascadeCost {
  private CascadeCost() {}

  /** Returns the accuracy the defect cost, in percentage points (negative if it helped). */
  public static double costInPoints(List<String> actual, List<String> clean, List<String> defective) {
    requireAligned(actual, clean, defective);
    // Signed on purpose: a defect that happens to raise accuracy shows as a negative cost,
    // which is a finding in itself (the evaluation set may share the defect).
    return 100.0 * (accuracy(actual, clean) - accuracy(actual, defective));
  }

  /** Returns the rows right before the defect and wrong after it, ascending. */
  public static List<Integer> broken(List<String> actual, List<String> clean, List<String> defective) {
    requireAligned(actual, clean, defective);
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      // Both conditions: a row the clean model already got wrong was not broken by the defect.
      if (actual.get(i).equals(clean.get(i)) && !actual.get(i).equals(defective.get(i))) {
        rows.add(i);
      }
    }
    return rows;
  }

  /** Returns the rows wrong before the defect and right after it, ascending. */
  public static List<Integer> fixed(List<String> actual, List<String> clean, List<String> defective) {
    // Fixed is broken with the two models' roles swapped.
    return broken(actual, defective, clean);
  }

  private static double accuracy(List<String> actual, List<String> predicted) {
    int correct = 0;
    for (int i = 0; i < actual.size(); i++) {
      if (actual.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    return (double) correct / actual.size();
  }

  private static void requireAligned(List<String> actual, List<String> clean, List<String> defective) {
    if (actual.isEmpty() || clean.size() != actual.size() || defective.size() != actual.size()) {
      throw new IllegalArgumentException(
          "need one prediction per label in each list: " + actual.size() + " labels, " + clean.size()
              + " clean predictions, " + defective.size() + " defective predictions");
    }
  }
}
