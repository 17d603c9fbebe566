package cascadekit.examples.ch05;

import cascadekit.data.Annotations;
import cascadekit.data.ReviewLabels;
import cascadekit.labeling.Agreement;
import cascadekit.labeling.DawidSkene;
import cascadekit.labeling.FleissKappa;
import cascadekit.labeling.LabelColumns;
import cascadekit.labeling.Spammers;
import cascadekit.model.Accuracy;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What chapter 05 measures about the annotator panel: agreement, the two aggregations scored on
 * the gold items, and each annotator's estimated and true accuracy.
 *
 * @param pairs Cohen's kappa and percent agreement for every pair of annotators
 * @param fleiss Fleiss' kappa over all five
 * @param labelled the reviews with their true label and the majority-vote and Dawid-Skene columns
 * @param ties items whose majority vote was a tie
 * @param tiedAndWrong tied items whose majority label is wrong
 * @param dawidSkene the fitted Dawid-Skene model
 * @param majorityOnGold majority-vote accuracy against the gold labels
 * @param dawidSkeneOnGold Dawid-Skene accuracy against the gold labels
 * @param annotators one line per annotator
 */
record PanelReport(
    List<Pair> pairs,
    FleissKappa fleiss,
    Table labelled,
    int ties,
    int tiedAndWrong,
    DawidSkene dawidSkene,
    double majorityOnGold,
    double dawidSkeneOnGold,
    List<AnnotatorLine> annotators) {

  /** The column of {@link #labelled()} that holds each review's true label. */
  static final String TRUE_LABEL = "true_label";

  /** Agreement of two annotators. */
  record Pair(String a, String b, double percent, double kappa) {}

  /** One annotator: accuracy as estimated and as measured against the truth, and the spam score. */
  record AnnotatorLine(
      String id, String profile, double agreesWithMajority, double estimated, double trueAccuracy, double spamScore) {
    boolean isSpammer() {
      return spamScore < Spammers.THRESHOLD;
    }
  }

  /** Returns the report on {@code data}'s panel. */
  static PanelReport of(ReviewLabels data, List<String> truth) {
    Annotations panel = data.annotations();
    List<String> ids = panel.annotators();
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        List<String> first = panel.labelsOf(ids.get(a));
        List<String> second = panel.labelsOf(ids.get(b));
        pairs.add(
            new Pair(ids.get(a), ids.get(b), Agreement.percent(first, second), Agreement.cohensKappa(first, second)));
      }
    }
    DawidSkene model = DawidSkene.fit(panel);
    Table labelled =
        LabelColumns.withDawidSkene(
            LabelColumns.withMajorityVote(data.reviewsTable(), panel), panel, model);
    labelled.addColumns(StringColumn.create(TRUE_LABEL, truth));
    List<String> majorityNames = labelled.stringColumn(LabelColumns.MAJORITY_LABEL).asList();
    Table ties = labelled.where(labelled.booleanColumn(LabelColumns.MAJORITY_TIE).isTrue());
    List<AnnotatorLine> lines = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      List<String> given = panel.labelsOf(ids.get(a));
      lines.add(
          new AnnotatorLine(
              ids.get(a),
              data.profiles().get(ids.get(a)),
              Accuracy.of(majorityNames, given),
              model.estimatedAccuracy(a),
              Accuracy.of(truth, given),
              Spammers.score(model.confusions()[a])));
    }
    return new PanelReport(
        pairs,
        FleissKappa.of(panel.counts()),
        labelled,
        ties.rowCount(),
        wrong(ties).rowCount(),
        model,
        onGold(data, majorityNames),
        onGold(data, labelled.stringColumn(LabelColumns.DAWID_SKENE_LABEL).asList()),
        lines);
  }

  /** Returns the majority-vote label of every review, in file order. */
  List<String> majority() {
    return labelled.stringColumn(LabelColumns.MAJORITY_LABEL).asList();
  }

  /** Returns the rows of {@code rows} whose majority-vote label is not the true label. */
  static Table wrong(Table rows) {
    StringColumn majority = rows.stringColumn(LabelColumns.MAJORITY_LABEL);
    return rows.where(majority.isNotEqualTo(rows.stringColumn(TRUE_LABEL)));
  }

  /** Returns the accuracy of item-aligned {@code labels} on the gold items only. */
  static double onGold(ReviewLabels data, List<String> labels) {
    List<String> gold = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < data.reviews().size(); i++) {
      String label = data.gold().get(data.reviews().get(i).itemId());
      if (label != null) {
        gold.add(label);
        given.add(labels.get(i));
      }
    }
    return Accuracy.of(gold, given);
  }
}
