package cascadekit.examples.ch05;

import cascadekit.data.ReviewLabels;
import cascadekit.labeling.ConfidentLearning;
import cascadekit.labeling.LabelColumns;
import cascadekit.model.CrossValidation;
import java.util.List;
import tech.tablesaw.api.Table;

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

  /** Returns the label errors found in the majority-vote column of {@code labelled} reviews. */
  static LabelErrors of(Table labelled, long seed) {
    List<String> names = ReviewLabels.CLASSES;
    List<String> given = labelled.stringColumn(LabelColumns.MAJORITY_LABEL).asList();
    List<String> texts = labelled.stringColumn("text").asList();
    double[][] probabilities = CrossValidation.probabilities(texts, given, names, FOLDS, seed);
    int[] labels = given.stream().mapToInt(names::indexOf).toArray();
    ConfidentLearning learning = ConfidentLearning.of(labels, probabilities);
    List<String> items = labelled.stringColumn(LabelColumns.ITEM_ID).asList();
    Table flagged = LabelColumns.withLabelErrors(labelled, items, learning);
    flagged = flagged.where(flagged.booleanColumn(LabelColumns.LIKELY_LABEL_ERROR).isTrue());
    return new LabelErrors(
        learning,
        learning.issues(),
        PanelReport.wrong(flagged).rowCount(),
        PanelReport.wrong(labelled).rowCount());
  }
}
