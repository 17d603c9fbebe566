package cascadekit.model;

import java.util.List;

/**
 * A standard scaler: each feature's mean and population standard deviation (dividing by n, as
 * scikit-learn's {@code StandardScaler}), learned from the rows it is fitted on, and applied to any
 * row as z-scores. A constant feature gets a deviation of 1, so it scales to 0 instead of NaN. What
 * it is fitted on matters: fitted on training and test rows together, the test rows shape how
 * every training row is scaled.
 *
 * <pre>{@code
 * Scaler scaler = Scaler.fit(trainRows);
 * double[] z = scaler.transform(row);
 * }</pre>
 */
public final class Scaler {
  private final double[] means;
  private final double[] sds;

  private Scaler(double[] means, double[] sds) {
    this.means = means;
    this.sds = sds;
  }

  /** Returns a scaler fitted on {@code rows}, one feature vector each; refuses no rows. */
  public static Scaler fit(List<double[]> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a scaler needs at least one row to fit on");
    }
    int width = rows.get(0).length;
    double[] means = new double[width];
    double[] sds = new double[width];
    for (int j = 0; j < width; j++) {
      double sum = 0;
      for (double[] row : rows) {
        sum += row[j];
      }
      means[j] = sum / rows.size();
      double squares = 0;
      for (double[] row : rows) {
        squares += (row[j] - means[j]) * (row[j] - means[j]);
      }
      double sd = Math.sqrt(squares / rows.size());
      sds[j] = sd > 0 ? sd : 1.0;
    }
    return new Scaler(means, sds);
  }

  /** Returns the mean learned for feature {@code j}. */
  public double mean(int j) {
    return means[j];
  }

  /** Returns the standard deviation learned for feature {@code j} (1 for a constant feature). */
  public double sd(int j) {
    return sds[j];
  }

  /** Returns {@code row} as z-scores. */
  public double[] transform(double[] row) {
    double[] z = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      z[j] = (row[j] - means[j]) / sds[j];
    }
    return z;
  }

  /** Returns every row as z-scores, in order. */
  public List<double[]> transformAll(List<double[]> rows) {
    return rows.stream().map(this::transform).toList();
  }

  /** Returns the squared Euclidean distance between two rows of the same width. */
  static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return sum;
  }
}
