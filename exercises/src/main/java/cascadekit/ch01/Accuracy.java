package cascadekit.ch01;

import java.util.List;
import java.util.SortedMap;

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
    // TODO: tasks 1 and 2: check the sizes, then count matching positions and divide.
    throw new UnsupportedOperationException(
        "01.accuracy: Accuracy.overall is not written yet; do tasks 1 and 2, then ./kit check 01.accuracy");
  }

  /** Returns, for each true label, the share of its rows that were predicted correctly. */
  public static SortedMap<String, Double> perClass(List<String> actual, List<String> predicted) {
    // TODO: task 3: count rows and correct rows per true label.
    throw new UnsupportedOperationException(
        "01.accuracy: Accuracy.perClass is not written yet; do task 3, then ./kit check 01.accuracy");
  }
}
