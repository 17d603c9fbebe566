package cascadekit.model;

import java.util.List;

/** Accuracy of predictions against the true labels. */
public final class Accuracy {
  private Accuracy() {}

  /** Returns the share of positions where {@code predicted} equals {@code actual}. */
  public static double of(List<String> actual, List<String> predicted) {
    if (actual.isEmpty() || actual.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "need as many predictions as labels, and at least one: " + actual.size() + " labels, "
              + predicted.size() + " predictions");
    }
    int correct = 0;
    for (int i = 0; i < actual.size(); i++) {
      if (actual.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    return (double) correct / actual.size();
  }
}
