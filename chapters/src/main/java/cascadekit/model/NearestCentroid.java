package cascadekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A nearest-centroid classifier on standardised features: the smallest model that still
 * shows what bad data does downstream.
 *
 * <p>Training computes each feature's mean and population standard deviation, rescales every
 * row to z-scores, and keeps one centroid (the mean z-score vector) per class. A row is
 * predicted as the class whose centroid is nearest in Euclidean distance; ties go to the class
 * that sorts first.
 *
 * <pre>{@code
 * NearestCentroid model = NearestCentroid.fit(rows, labels);
 * String species = model.predict(new double[] {39.1, 18.7, 181, 3750});
 * }</pre>
 */
public final class NearestCentroid {
  private final Scaler scaler;
  private final Map<String, double[]> centroids;

  private NearestCentroid(Scaler scaler, Map<String, double[]> centroids) {
    this.scaler = scaler;
    this.centroids = centroids;
  }

  /** Returns a model trained on {@code rows} (one feature vector each) and their labels. */
  public static NearestCentroid fit(List<double[]> rows, List<String> labels) {
    if (rows.isEmpty() || rows.size() != labels.size()) {
      throw new IllegalArgumentException(
          "need one label per row and at least one row, got " + rows.size() + " rows and "
              + labels.size() + " labels");
    }
    int width = rows.get(0).length;
    Scaler scaler = Scaler.fit(rows);
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      double[] z = scaler.transform(rows.get(i));
      double[] sum = sums.computeIfAbsent(labels.get(i), k -> new double[width]);
      for (int j = 0; j < width; j++) {
        sum[j] += z[j];
      }
      counts.merge(labels.get(i), 1, Integer::sum);
    }
    sums.forEach(
        (label, sum) -> {
          for (int j = 0; j < width; j++) {
            sum[j] /= counts.get(label);
          }
        });
    return new NearestCentroid(scaler, sums);
  }

  /** Returns the class whose centroid is nearest to {@code row}. */
  public String predict(double[] row) {
    double[] z = scaler.transform(row);
    String best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, double[]> centroid : centroids.entrySet()) {
      double distance = Scaler.squaredDistance(z, centroid.getValue());
      if (distance < bestDistance) {
        best = centroid.getKey();
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Returns one prediction per row, in order. */
  public List<String> predictAll(List<double[]> rows) {
    List<String> predictions = new ArrayList<>(rows.size());
    rows.forEach(row -> predictions.add(predict(row)));
    return predictions;
  }
}
