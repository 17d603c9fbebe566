package cascadekit.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Accuracy of predictions against the true labels, overall and per class. */
public final class Accuracy {
  private Accuracy() {}

  /** Returns the share of positions where {@code predicted} equals {@code actual}. */
  public static double of(List<String> actual, List<String> predicted) {
    requireAligned(actual, predicted);
    int correct = 0;
    for (int i = 0; i < actual.size(); i++) {
      if (actual.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    return (double) correct / actual.size();
  }

  /** Returns, per true label, the share of its rows predicted correctly (its recall). */
  public static SortedMap<String, Double> perClass(List<String> actual, List<String> predicted) {
    requireAligned(actual, predicted);
    SortedMap<String, Integer> rows = new TreeMap<>();
    SortedMap<String, Integer> right = new TreeMap<>();
    for (int i = 0; i < actual.size(); i++) {
      rows.merge(actual.get(i), 1, Integer::sum);
      if (actual.get(i).equals(predicted.get(i))) {
        right.merge(actual.get(i), 1, Integer::sum);
      }
    }
    SortedMap<String, Double> recall = new TreeMap<>();
    rows.forEach((label, n) -> recall.put(label, (double) right.getOrDefault(label, 0) / n));
    return recall;
  }

  private static void requireAligned(List<String> actual, List<String> predicted) {
    if (actual.isEmpty() || actual.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "need as many predictions as labels, and at least one: " + actual.size() + " labels, "
              + predicted.size() + " predictions");
    }
  }
}
