package cascadekit.ch01;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exercise 01.accuracy: score a model on rows it never saw.
 *
 * <p>Accuracy is the share of held-out rows whose predicted label equals the true label. It is
 * the number chapter 01 compares before and after a defect, so it has to be exactly right.
 *
 * <p>Task 1. Return the share of positions where the prediction equals the true label.
 * <pre>{@code
 * overall(List.of("Adelie", "Gentoo", "Gentoo", "Adelie"),
 *         List.of("Adelie", "Gentoo", "Adelie", "Adelie"))   // => 0.75
 * }</pre>
 *
 * <p>Task 2. Refuse lists that cannot be scored: lists of different lengths, or empty ones.
 * Throw an {@code IllegalArgumentException} whose message gives both sizes.
 * <pre>{@code
 * overall(List.of("Adelie"), List.of())   // => IllegalArgumentException: 1 labels, 0 predictions
 * }</pre>
 *
 * <p>Task 3. Return the accuracy within each true class (the class's recall): for every label in
 * {@code actual}, the share of its rows that were predicted correctly, sorted by label. Refuse
 * lists as in task 2.
 * <pre>{@code
 * perClass(List.of("Adelie", "Adelie", "Adelie", "Chinstrap"),
 *          List.of("Adelie", "Adelie", "Adelie", "Adelie"))   // => {Adelie=1.0, Chinstrap=0.0}
 * }</pre>
 */
public final class Accuracy {
  private Accuracy() {}

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
