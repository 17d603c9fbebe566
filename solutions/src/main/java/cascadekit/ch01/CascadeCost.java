package cascadekit.ch01;

import java.util.ArrayList;
import java.util.List;

/** Reference solution of exercise 01.cascade-cost. */
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
