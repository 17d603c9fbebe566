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
  private final double[] means;
  private final double[] stdDevs;
  private final Map<String, double[]> centroids;

  private NearestCentroid(double[] means, double[] stdDevs, Map<String, double[]> centroids) {
    this.means = means;
    this.stdDevs = stdDevs;
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
    double[] means = new double[width];
    double[] stdDevs = new double[width];
    for (int j = 0; j < width; j++) {
      final int column = j;
      means[j] = rows.stream().mapToDouble(r -> r[column]).average().orElseThrow();
      double variance =
          rows.stream().mapToDouble(r -> Math.pow(r[column] - means[column], 2)).average().orElseThrow();
      stdDevs[j] = variance > 0 ? Math.sqrt(variance) : 1.0;
    }
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      double[] z = standardise(rows.get(i), means, stdDevs);
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
    return new NearestCentroid(means, stdDevs, sums);
  }

  /** Returns the class whose centroid is nearest to {@code row}. */
  public String predict(double[] row) {
    double[] z = standardise(row, means, stdDevs);
    String best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, double[]> centroid : centroids.entrySet()) {
      double distance = squaredDistance(z, centroid.getValue());
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

  private static double[] standardise(double[] row, double[] means, double[] stdDevs) {
    double[] z = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      z[j] = (row[j] - means[j]) / stdDevs[j];
    }
    return z;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return sum;
  }
}
