package cascadekit.split;

import cascadekit.clean.Values;
import java.util.Locale;

/**
 * A statistic a preprocessing step learned from data and applies to every row: a scaler's mean
 * and standard deviation, an imputer's median. Fitted on the training rows only, it is honest;
 * fitted on all rows, the test rows have shaped it (preprocessing leakage).
 *
 * <pre>{@code
 * FittedStatistic.of("income", FittedStatistic.Kind.MEAN, scaler.mean("income"));
 * }</pre>
 *
 * @param column the column it was computed from
 * @param kind which statistic
 * @param value the value the pipeline used
 */
public record FittedStatistic(String column, Kind kind, double value) {
  /** The statistics a scaler or an imputer learns. */
  public enum Kind {
    /** The mean, as a standard scaler centres with. */
    MEAN,
    /** The population standard deviation (divides by n), as scikit-learn's {@code StandardScaler}. */
    SD,
    /** The median (the mean of the two middle values for an even count), as a median imputer. */
    MEDIAN;

    /** Returns this statistic of {@code values}; refuses none. */
    public double of(double[] values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("a " + name().toLowerCase(Locale.ROOT) + " of no values is undefined");
      }
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      double mean = sum / values.length;
      return switch (this) {
        case MEAN -> mean;
        case SD -> sd(values, mean);
        case MEDIAN -> Values.median(values);
      };
    }

    private static double sd(double[] values, double mean) {
      double sum = 0;
      for (double v : values) {
        sum += (v - mean) * (v - mean);
      }
      return Math.sqrt(sum / values.length);
    }
  }

  /** Returns the statistic {@code kind} of {@code column} with the value a pipeline used. */
  public static FittedStatistic of(String column, Kind kind, double value) {
    return new FittedStatistic(column, kind, value);
  }
}
