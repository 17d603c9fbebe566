package cascadekit.clean;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The range a value must fall in not to be an outlier: from the data by one of three rules, or
 * from the domain. The three rules differ in whether the outliers they hunt can move the fences:
 *
 * <ul>
 *   <li>{@link #zScore}: mean ± k × standard deviation; both are dragged by the outliers, and a
 *       skewed column gets fences in the wrong place;
 *   <li>{@link #robustZ}: median ± k × 1.4826 × MAD (the median absolute deviation from the
 *       median; 1.4826 makes it estimate the standard deviation of normal data);
 *   <li>{@link #iqr}: Q1 − k × IQR to Q3 + k × IQR (Tukey's fences, k = 1.5);
 *   <li>{@link #domain}: what the field allows, e.g. an age from 0 to 120, known before any data.
 * </ul>
 *
 * Quantiles are R-7 (see {@link Values}).
 *
 * <pre>{@code
 * Fences fences = Fences.robustZ(weights, 3.5);
 * fences.isOutside(650.0);   // true
 * }</pre>
 *
 * @param lower the smallest value inside
 * @param upper the largest value inside
 */
public record Fences(double lower, double upper) {
  /** The factor that makes the MAD estimate the standard deviation of normal data. */
  public static final double MAD_TO_SD = 1.4826;

  /** Returns fences at mean ± {@code k} sample standard deviations. */
  public static Fences zScore(double[] values, double k) {
    double mean = new Mean().evaluate(values);
    double sd = new StandardDeviation().evaluate(values);
    return new Fences(mean - k * sd, mean + k * sd);
  }

  /** Returns fences at median ± {@code k} × 1.4826 × MAD. */
  public static Fences robustZ(double[] values, double k) {
    double median = Values.median(values);
    double mad = Values.median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
    return new Fences(median - k * MAD_TO_SD * mad, median + k * MAD_TO_SD * mad);
  }

  /** Returns Tukey's fences: Q1 − {@code k} × IQR and Q3 + {@code k} × IQR. */
  public static Fences iqr(double[] values, double k) {
    double q1 = Values.percentile(values, 25);
    double q3 = Values.percentile(values, 75);
    return new Fences(q1 - k * (q3 - q1), q3 + k * (q3 - q1));
  }

  /** Returns the fences of a domain rule: the values the field allows. */
  public static Fences domain(double lower, double upper) {
    return new Fences(lower, upper);
  }

  /** Returns whether {@code value} is below the lower fence or above the upper one. */
  public boolean isOutside(double value) {
    return value < lower || value > upper;
  }
}
