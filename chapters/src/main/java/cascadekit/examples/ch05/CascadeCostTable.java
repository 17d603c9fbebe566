package cascadekit.examples.ch05;

import cascadekit.data.ReviewLabels;
import cascadekit.model.Accuracy;
import cascadekit.model.NaiveBayesText;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The cascade cost of each way of labelling: the same naive Bayes model trained on the same
 * non-gold reviews with different labels, scored on the same gold reviews.
 *
 * @param trainRows the reviews trained on (every review outside the gold set)
 * @param testRows the gold reviews scored
 * @param rows one line per way of labelling, the true labels first
 * @param trueModelOnMajorityLabels the true-label model's accuracy when the gold reviews are
 *     scored against their majority-vote labels instead of their gold labels
 */
record CascadeCostTable(int trainRows, int testRows, List<Row> rows, double trueModelOnMajorityLabels) {
  /** One way of labelling the training reviews and what it cost. */
  record Row(String name, int wrongLabels, double accuracy, SortedMap<String, Double> recall) {}

  /** One way of labelling: a name and one label per review. */
  record Labelling(String name, List<String> labels) {}

  /** Returns the table; {@code labellings.get(0)} must be the true labels. */
  static CascadeCostTable of(ReviewLabels data, List<Labelling> labellings, List<String> majority) {
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int i = 0; i < data.reviews().size(); i++) {
      (data.gold().containsKey(data.reviews().get(i).itemId()) ? test : train).add(i);
    }
    List<String> testTexts = pick(texts(data), test);
    List<String> gold = test.stream().map(i -> data.gold().get(data.reviews().get(i).itemId())).toList();
    List<String> truth = pick(labellings.get(0).labels(), train);
    List<Row> rows = new ArrayList<>();
    List<String> trueModelPredictions = null;
    for (Labelling labelling : labellings) {
      List<String> labels = pick(labelling.labels(), train);
      NaiveBayesText model = NaiveBayesText.fit(pick(texts(data), train), labels, ReviewLabels.CLASSES);
      List<String> predicted = model.predictAll(testTexts);
      if (trueModelPredictions == null) {
        trueModelPredictions = predicted;
      }
      rows.add(new Row(labelling.name(), Mismatches.count(truth, labels), Accuracy.of(gold, predicted), Accuracy.perClass(gold, predicted)));
    }
    double onMajority = Accuracy.of(pick(majority, test), trueModelPredictions);
    return new CascadeCostTable(train.size(), test.size(), rows, onMajority);
  }

  /** Returns the review texts, in file order. */
  static List<String> texts(ReviewLabels data) {
    return data.reviews().stream().map(ReviewLabels.Review::text).toList();
  }

  private static List<String> pick(List<String> values, List<Integer> rows) {
    return rows.stream().map(values::get).toList();
  }
}
