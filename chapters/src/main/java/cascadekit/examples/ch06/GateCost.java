package cascadekit.examples.ch06;

import cascadekit.model.Accuracy;
import cascadekit.model.NearestCentroid;
import cascadekit.model.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Chapter 06's cascade cost: what a gate saves a model. The 2022 visits are the accepted training
 * batch; the 2023 batch arrives as delivered. Stopped, it never reaches training; let through, the
 * model retrains on both. A nearest-centroid model predicts the recorded sex from height and
 * weight, trained on 70% of patients (seed 42, as in chapter 04) and scored on the true visits of
 * the others, so no patient is on both sides.
 *
 * @param batch the 2023 batch as delivered: what the gate judges
 * @param testVisits held-out true visits the models are scored on
 * @param stopped accuracy when the gate stops the batch (trained on 2022 only)
 * @param letThrough accuracy when the batch goes into training as delivered
 * @param cleanedFirst accuracy when the batch goes in once it is clean (the true 2023 visits)
 * @param letThroughPlain predictions of the let-through model that are {@code F} or {@code M}
 */
record GateCost(Table batch, int testVisits, double stopped, double letThrough, double cleanedFirst, long letThroughPlain) {
  static final LocalDate NEW_BATCH = LocalDate.of(2023, 1, 1);
  private static final List<String> FEATURES = List.of("height_cm", "weight_kg");

  /** Returns the three accuracies, for the visits as delivered ({@code raw}) and the true ones. */
  static GateCost of(Table raw, Table truth) {
    List<String> patients = List.copyOf(new TreeSet<>(truth.stringColumn("patient_id").asList()));
    Set<String> train = Set.copyOf(Split.of(patients, 0.3, 42).train());
    Table test = usable(truth.where(truth.stringColumn("patient_id").isNotIn(train)));
    Table accepted = batch(truth, train, false);
    Table delivered = raw.where(raw.dateColumn("visit_date").isOnOrAfter(NEW_BATCH));
    List<String> letThrough = predict(accepted.copy().append(batch(raw, train, true)), test);
    List<String> actual = test.stringColumn("sex").asList();
    return new GateCost(delivered, test.rowCount(),
        Accuracy.of(actual, predict(accepted, test)),
        Accuracy.of(actual, letThrough),
        Accuracy.of(actual, predict(accepted.copy().append(batch(truth, train, true)), test)),
        letThrough.stream().filter(label -> label.equals("F") || label.equals("M")).count());
  }

  /** Returns the points of held-out accuracy the gate saves by stopping the batch. */
  double savedPoints() {
    return 100 * (stopped - letThrough);
  }

  private static Table batch(Table visits, Set<String> patients, boolean newBatch) {
    var dates = visits.dateColumn("visit_date");
    return visits.where(visits.stringColumn("patient_id").isIn(patients)
        .and(newBatch ? dates.isOnOrAfter(NEW_BATCH) : dates.isBefore(NEW_BATCH)));
  }

  /** Trains on the usable rows of {@code training}, labels as written, and predicts {@code test}. */
  private static List<String> predict(Table training, Table test) {
    Table rows = usable(training);
    NearestCentroid model = NearestCentroid.fit(features(rows), rows.stringColumn("sex").asList());
    return model.predictAll(features(test));
  }

  /** Returns the rows a training step can use: a height, a weight and a sex (a pipeline drops the rest). */
  private static Table usable(Table visits) {
    return visits.where(visits.numberColumn("height_cm").isNotMissing()
        .and(visits.numberColumn("weight_kg").isNotMissing())
        .and(visits.stringColumn("sex").isNotMissing()));
  }

  private static List<double[]> features(Table visits) {
    List<double[]> rows = new ArrayList<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      double[] x = new double[FEATURES.size()];
      for (int f = 0; f < x.length; f++) {
        x[f] = visits.numberColumn(FEATURES.get(f)).getDouble(row);
      }
      rows.add(x);
    }
    return rows;
  }
}
