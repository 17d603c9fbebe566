package cascadekit.examples.ch05;

import cascadekit.data.ReviewLabels;
import cascadekit.labeling.ConfidentLearning;
import cascadekit.model.CrossValidation;
import java.util.Arrays;
import java.util.List;

/**
 * Likely label errors in the majority-vote labels, by confident learning on out-of-sample
 * naive Bayes probabilities, checked against the true labels the dataset ships.
 *
 * @param learning the thresholds, confident joint and candidates
 * @param flagged the candidates, most likely error first
 * @param flaggedAndWrong candidates whose majority label is wrong indeed
 * @param majorityWrong majority-vote labels that are wrong, flagged or not
 */
record LabelErrors(
    ConfidentLearning learning, List<Integer> flagged, int flaggedAndWrong, int majorityWrong) {
  /** Folds of the cross-validation that gives every review an out-of-sample probability. */
  static final int FOLDS = 5;

  /** Returns the label errors found in {@code labels} (class indexes, one per review). */
  static LabelErrors of(List<String> texts, int[] labels, List<String> truth, long seed) {
    List<String> names = ReviewLabels.CLASSES;
    List<String> given = Arrays.stream(labels).mapToObj(names::get).toList();
    double[][] probabilities = CrossValidation.probabilities(texts, given, names, FOLDS, seed);
    ConfidentLearning learning = ConfidentLearning.of(labels, probabilities);
    List<Integer> flagged = learning.issues();
    int flaggedAndWrong =
        (int) flagged.stream().filter(i -> !given.get(i).equals(truth.get(i))).count();
    return new LabelErrors(learning, flagged, flaggedAndWrong, Mismatches.count(truth, given));
  }
}
