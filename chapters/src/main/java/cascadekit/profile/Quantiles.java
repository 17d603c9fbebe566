package cascadekit.profile;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The quartiles of a column, by linear interpolation between order statistics: Commons Math's
 * {@code Percentile} with {@link Percentile.EstimationType#R_7}, the default of R's
 * {@code quantile} and of NumPy. Other methods give other numbers on the same data, so a profile
 * states its method.
 *
 * <pre>{@code
 * Quantiles.of(new double[] {1, 2, 3, 4}).median();  // 2.5
 * }</pre>
 *
 * @param q1 the 25th percentile
 * @param median the 50th percentile
 * @param q3 the 75th percentile
 */
public record Quantiles(double q1, double median, double q3) {
  /** The interpolation method every quantile in the kit uses. */
  public static final Percentile.EstimationType METHOD = Percentile.EstimationType.R_7;

  /** Returns the quartiles of {@code values} (R_7), or NaNs when there are none. */
  public static Quantiles of(double[] values) {
    if (values.length == 0) {
      return new Quantiles(Double.NaN, Double.NaN, Double.NaN);
    }
    Percentile percentile = new Percentile().withEstimationType(METHOD);
    percentile.setData(values);
    return new Quantiles(percentile.evaluate(25), percentile.evaluate(50), percentile.evaluate(75));
  }

  /** Returns the interquartile range, {@code q3 - q1}. */
  public double iqr() {
    return q3 - q1;
  }
}
