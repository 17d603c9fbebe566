package cascadekit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Out-of-sample predicted probabilities by k-fold cross-validation: every example is scored by
 * a model that never saw it, which is what confident learning needs (a model scoring its own
 * training labels would mostly repeat them back).
 *
 * <pre>{@code
 * double[][] p = CrossValidation.probabilities(texts, labels, classes, 5, 42);
 * }</pre>
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** Returns each text's class probabilities from the fold model that did not train on it. */
  public static double[][] probabilities(
      List<String> texts, List<String> labels, List<String> classes, int folds, long seed) {
    if (folds < 2 || folds > texts.size()) {
      throw new IllegalArgumentException("need 2 to " + texts.size() + " folds, got " + folds);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[texts.size()];
    for (int position = 0; position < order.size(); position++) {
      fold[order.get(position)] = position % folds;
    }
    double[][] probabilities = new double[texts.size()][];
    for (int f = 0; f < folds; f++) {
      List<String> trainTexts = new ArrayList<>();
      List<String> trainLabels = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        if (fold[i] != f) {
          trainTexts.add(texts.get(i));
          trainLabels.add(labels.get(i));
        }
      }
      NaiveBayesText model = NaiveBayesText.fit(trainTexts, trainLabels, classes);
      for (int i = 0; i < texts.size(); i++) {
        if (fold[i] == f) {
          probabilities[i] = model.probabilities(texts.get(i));
        }
      }
    }
    return probabilities;
  }
}
