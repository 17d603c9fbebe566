package cascadekit.examples.ch08;

import cascadekit.data.SensorReading;
import cascadekit.model.Accuracy;
import cascadekit.model.NearestCentroid;
import java.util.List;
import java.util.SortedMap;

/**
 * The cascade cost of chapter 08: a failure model trained once on the training window, scored on
 * each month's batch as it was served.
 */
final class MonthlyAccuracy {
  private final NearestCentroid model;

  private MonthlyAccuracy(NearestCentroid model) {
    this.model = model;
  }

  /** Returns a scorer whose model learned {@code failure} from the four numeric readings. */
  static MonthlyAccuracy trainedOn(List<SensorReading> training) {
    return new MonthlyAccuracy(NearestCentroid.fit(features(training), labels(training)));
  }

  /** Returns the model's accuracy on {@code batch}, and the share of healthy machines it flags. */
  Score score(List<SensorReading> batch) {
    List<String> actual = labels(batch);
    List<String> predicted = model.predictAll(features(batch));
    SortedMap<String, Double> recall = Accuracy.perClass(actual, predicted);
    return new Score(Accuracy.of(actual, predicted), 1 - recall.getOrDefault("0", 1.0));
  }

  private static List<double[]> features(List<SensorReading> rows) {
    return rows.stream().map(SensorReading::features).toList();
  }

  private static List<String> labels(List<SensorReading> rows) {
    return rows.stream().map(r -> Integer.toString(r.failure())).toList();
  }

  /**
   * One month's score.
   *
   * @param accuracy the share of readings whose failure label the model got right
   * @param falseAlarms the share of healthy machines (failure 0) the model predicted to fail
   */
  record Score(double accuracy, double falseAlarms) {}
}
