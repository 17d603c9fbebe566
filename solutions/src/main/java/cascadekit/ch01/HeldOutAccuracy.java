package cascadekit.ch01;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reference solution of exercise 01.accuracy. */
public final class HeldOutAccuracy {
  private HeldOutAccuracy() {}

  /** Returns the share of rows whose prediction equals the true label. */
  public static double overall(List<String> actual, List<String> predicted) {
    requireScorable(actual, predicted);
    int correct = 0;
    for (int i = 0; i < actual.size(); i++) {
      // equals, not ==: two equal labels read from different rows are different String objects.
      if (actual.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    // The cast matters: correct / actual.size() in int arithmetic is 0 for anything below 100%.
    return (double) correct / actual.size();
  }

  /** Returns, for each true label, the share of its rows that were predicted correctly. */
  public static SortedMap<String, Double> perClass(List<String> actual, List<String> predicted) {
    requireScorable(actual, predicted);
    // Keyed by the true label, so the denominator is how many rows really are that class
    // (recall). Keying by the predicted label would give precision, a different question.
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < actual.size(); i++) {
      int[] rowsAndCorrect = counts.computeIfAbsent(actual.get(i), label -> new int[2]);
      rowsAndCorrect[0]++;
      if (actual.get(i).equals(predicted.get(i))) {
        rowsAndCorrect[1]++;
      }
    }
    // A class the model never gets right still appears, with 0.0: that is the class an overall
    // accuracy hides.
    SortedMap<String, Double> recall = new TreeMap<>();
    counts.forEach((label, c) -> recall.put(label, (double) c[1] / c[0]));
    return recall;
  }

  private static void requireScorable(List<String> actual, List<String> predicted) {
    // An empty list would give 0/0 = NaN, which then poisons every comparison downstream.
    if (actual.isEmpty() || actual.size() != predicted.size()) {
      throw new IllegalArgumentException(
          actual.size() + " labels, " + predicted.size() + " predictions: need the same number, at least one");
    }
  }
}
