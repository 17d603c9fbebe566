package cascadekit.examples.ch10;

import cascadekit.split.GroupSplit;
import cascadekit.split.RandomSplit;
import cascadekit.split.TrainTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The stages that shape what the model learns, on season 1: load with quarantine, clean, attach
 * the aggregated labels, split by plot with the leak dropped, train and score. Any fix can be
 * skipped, everything else equal and seeded, to measure its cascade cost.
 *
 * @param loading the season-1 files as loaded
 * @param cleaning the cleaned visits and their audit log
 * @param labelled the cleaned visits that have a label, with column {@code label}
 * @param split the training and test sides, the leak dropped unless the split was skipped
 * @param reported the accuracy on the test side against the pipeline's own labels
 * @param field the accuracy on the test side against the true labels, the treatment not yet given
 */
record Training(CropLoading loading, CropCleaning cleaning, Table labelled, TrainTest split, double reported,
    double field) {
  /** The fixes whose worth the cost table measures. */
  enum Fix { MISSING_CODES, QUARANTINE, CATEGORIES, UNITS, DUPLICATES, IMPUTATION, LABELS, SPLIT }

  static final long SEED = 42;
  static final double TEST_SHARE = 0.25;

  /** Returns the run without the fixes in {@code skipped}, its stages taken from {@code stages}. */
  static Training run(Set<Fix> skipped, Stages stages) {
    Set<CropCleaning.Step> steps = EnumSet.noneOf(CropCleaning.Step.class);
    for (CropCleaning.Step step : CropCleaning.Step.values()) {
      if (!skipped.contains(Fix.valueOf(step.name()))) {
        steps.add(step);
      }
    }
    boolean codes = !skipped.contains(Fix.MISSING_CODES);
    boolean quarantine = !skipped.contains(Fix.QUARANTINE);
    CropLoading loading = stages.load(codes, quarantine);
    CropCleaning cleaning = stages.clean(codes, quarantine, steps);
    CropLabels labels = stages.labels();
    Table labelled = withLabels(cleaning.table(), skipped.contains(Fix.LABELS) ? labels.first() : labels.labels());
    boolean honest = !skipped.contains(Fix.SPLIT);
    TrainTest split = honest ? honest(labelled, stages.leakCheck().dropped()) : RandomSplit.of(labelled, TEST_SHARE, SEED);
    boolean leak = split.train().containsColumn(LeakCheck.LEAK);
    CropModel model = CropModel.fit(split.train(), labelsOf(split.train()), leak);
    double reported = model.accuracy(split.test(), labelsOf(split.test()));
    Table served = withLabels(beforeTreatment(split.test()), stages.truth().labels());
    return new Training(loading, cleaning, labelled, split, reported, model.accuracy(served, labelsOf(served)));
  }

  /** Returns {@code visits} split by plot, seeded, without the {@code dropped} columns. */
  static TrainTest honest(Table visits, List<String> dropped) {
    TrainTest split = GroupSplit.of(visits, "plot_id", TEST_SHARE, SEED);
    String[] columns = dropped.toArray(String[]::new);
    return new TrainTest(split.train().removeColumns(columns), split.test().removeColumns(columns));
  }

  /** Returns the accuracy of the same model trained on the truth's season 1, split the same way: the ceiling. */
  static double ceiling(CropTruth truth) {
    TrainTest split = GroupSplit.of(truth.season(1), "plot_id", TEST_SHARE, SEED);
    CropModel model = CropModel.fit(split.train(), labelsOf(split.train()), false);
    return model.accuracy(split.test(), labelsOf(split.test()));
  }

  /** Returns {@code visits} that have a label, with it as column {@code label} (any old one replaced). */
  static Table withLabels(Table visits, Map<String, String> labels) {
    Table kept = visits.where(visits.stringColumn("visit_id").isIn(labels.keySet()));
    if (kept.containsColumn("label")) {
      kept.removeColumns("label");
    }
    List<String> values = new ArrayList<>();
    kept.stringColumn("visit_id").forEach(id -> values.add(labels.get(id)));
    return kept.addColumns(StringColumn.create("label", values));
  }

  private static List<String> labelsOf(Table visits) {
    return visits.stringColumn("label").asList();
  }

  /** Returns {@code visits} as they are when the model is asked: no treatment given yet. */
  private static Table beforeTreatment(Table visits) {
    Table served = visits.copy();
    if (served.containsColumn(LeakCheck.LEAK)) {
      served.replaceColumn(LeakCheck.LEAK, StringColumn.create(LeakCheck.LEAK, Collections.nCopies(served.rowCount(), "none")));
    }
    return served;
  }
}
