package cascadekit.examples.ch05;

import cascadekit.data.Annotations;
import cascadekit.data.ReviewLabels;
import cascadekit.labeling.LabelColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything chapter 05's example measures on {@code review-labels}.
 *
 * @param data the dataset
 * @param truth the true label of every review, in file order
 * @param panel agreement, aggregation and annotators
 * @param errors likely label errors in the majority-vote labels
 * @param cascade the cost of each way of labelling on a downstream model
 */
record LabelQualityRun(
    ReviewLabels data, List<String> truth, PanelReport panel, LabelErrors errors, CascadeCostTable cascade) {
  /** The seed of the cross-validation folds. */
  static final long SEED = 42;

  /** The annotator whose labels alone train the last model of the cascade table. */
  static final String SWAPPER = "a4";

  /** Returns the measured run on {@code data}. */
  static LabelQualityRun of(ReviewLabels data) {
    Annotations annotations = data.annotations();
    List<String> truth = data.reviews().stream().map(r -> data.truth().get(r.itemId())).toList();
    PanelReport panel = PanelReport.of(data, truth);
    LabelErrors errors = LabelErrors.of(panel.labelled(), SEED);
    List<String> majority = panel.majority();
    List<CascadeCostTable.Labelling> labellings =
        List.of(
            new CascadeCostTable.Labelling("true labels", truth),
            new CascadeCostTable.Labelling(
                "Dawid-Skene, 5 labels each", panel.labelled().stringColumn(LabelColumns.DAWID_SKENE_LABEL).asList()),
            new CascadeCostTable.Labelling("majority vote, 5 labels each", majority),
            new CascadeCostTable.Labelling("1 label each, annotators in turn", inTurn(annotations)),
            new CascadeCostTable.Labelling(SWAPPER + " alone (swaps neu/neg)", annotations.labelsOf(SWAPPER)));
    return new LabelQualityRun(
        data, truth, panel, errors, CascadeCostTable.of(data, labellings, majority));
  }

  /** Returns one label per review: review i labelled by annotator i mod 5, as a cheap budget. */
  private static List<String> inTurn(Annotations annotations) {
    List<String> labels = new ArrayList<>();
    List<List<String>> byAnnotator = annotations.annotators().stream().map(annotations::labelsOf).toList();
    for (int i = 0; i < annotations.items().size(); i++) {
      labels.add(byAnnotator.get(i % byAnnotator.size()).get(i));
    }
    return labels;
  }
}
