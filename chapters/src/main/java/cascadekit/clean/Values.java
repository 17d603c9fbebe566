package cascadekit.clean;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import tech.tablesaw.api.Table;

/**
 * Reads numbers out of tables, and the quantiles cleaning rules are built on. Quantiles
 * use Commons Math's {@link Percentile} with {@link EstimationType#R_7}: linear interpolation
 * between order statistics, the default of R and NumPy, so the median of an even count is the mean
 * of the two middle values.
 */
public final class Values {
  private Values() {}

  /** Returns the values of {@code column} present in {@code table}, in order; missing ones skipped. */
  public static double[] observed(Table table, String column) {
    return table.where(table.column(column).isNotMissing()).numberColumn(column).asDoubleArray();
  }

  /** Returns the {@code p}-th percentile (0 < p <= 100) of {@code values}, R-7; refuses none. */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a percentile of no values is undefined");
    }
    return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, p);
  }

  /** Returns the median of {@code values} (the R-7 50th percentile). */
  public static double median(double[] values) {
    return percentile(values, 50);
  }
}
