package cascadekit.check;

import cascadekit.profile.DistinctValues;
import cascadekit.profile.Moments;
import cascadekit.profile.Quantiles;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A statistic of a column's non-missing values held between two bounds, inclusive: the mean, the
 * standard deviation, a quantile or the distinct count. A statistic of no values is NaN and fails
 * (a distinct count of no values is 0). The standard deviation is the population one (divided by
 * n), as Deequ's {@code StandardDeviation}; a quantile is exact, by the kit's one method
 * ({@link Quantiles#METHOD}, R-7 linear interpolation), so it keeps the column's values in memory
 * (8 bytes a value); the distinct count keeps each distinct value.
 */
final class Statistic extends ColumnRule {
  /** Accumulates one statistic. */
  interface Accumulator {
    void add(RowView row, int column);

    double value();
  }

  private final String name;
  private final double min;
  private final double max;
  private final Supplier<Accumulator> accumulator;

  private Statistic(String column, String name, RowLayout.Kind kind, double min, double max, Supplier<Accumulator> accumulator) {
    super(column, kind);
    this.name = name;
    this.min = min;
    this.max = max;
    this.accumulator = accumulator;
  }

  /** Returns: the mean is in [min, max]; refuses bad bounds in the name of {@code check}. */
  static Statistic mean(String check, String column, double min, double max) {
    return moments(checked(check, column, min, max), "mean", min, max, false);
  }

  /** Returns: the population standard deviation is in [min, max]. */
  static Statistic standardDeviation(String check, String column, double min, double max) {
    return moments(checked(check, column, min, max), "standard deviation", min, max, true);
  }

  /** Returns: the exact {@code quantile} is in [min, max]; refuses a quantile outside [0, 1]. */
  static Statistic quantile(String check, String column, double quantile, double min, double max) {
    Arguments.share(check, checked(check, column, min, max), quantile);
    String name = "quantile " + Numbers.text(quantile);
    return new Statistic(column, name, RowLayout.Kind.NUMBER, min, max, () -> new Accumulator() {
      private double[] values = new double[1024];
      private int size;

      @Override
      public void add(RowView row, int position) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = row.number(position);
      }

      @Override
      public double value() {
        // Percentile's p runs from 0 (exclusive) to 100; the 0-quantile is the minimum.
        if (size == 0) {
          return Double.NaN;
        }
        double[] data = Arrays.copyOf(values, size);
        return quantile == 0 ? Arrays.stream(data).min().getAsDouble()
            : new Percentile().withEstimationType(Quantiles.METHOD).evaluate(data, quantile * 100);
      }
    });
  }

  /** Returns: the number of distinct non-missing values is in [min, max]. */
  static Statistic distinctCount(String check, String column, long min, long max) {
    return new Statistic(checked(check, column, min, max), "distinct count", RowLayout.Kind.ANY, min, max, () -> new Accumulator() {
      private final DistinctValues distinct = new DistinctValues();

      @Override
      public void add(RowView row, int position) {
        distinct.add(row.keyText(position));
      }

      @Override
      public double value() {
        return distinct.size();
      }
    });
  }

  private static String checked(String check, String column, double min, double max) {
    Arguments.range(check, Arguments.column(check, column), min, max);
    return column;
  }

  private static Statistic moments(String column, String name, double min, double max, boolean spread) {
    return new Statistic(column, name, RowLayout.Kind.NUMBER, min, max, () -> new Accumulator() {
      private final Moments moments = new Moments();

      @Override
      public void add(RowView row, int position) {
        moments.add(row.number(position));
      }

      @Override
      public double value() {
        return spread ? Math.sqrt(moments.populationVariance()) : moments.mean();
      }
    });
  }

  @Override
  public String sentence() {
    return column() + " has " + name + " between " + Numbers.text(min) + " and " + Numbers.text(max);
  }

  @Override
  public String threshold() {
    return "between " + Numbers.text(min) + " and " + Numbers.text(max);
  }

  @Override
  public Metric start(RowLayout layout, ResultFormat format) {
    int position = layout.position(column());
    Accumulator statistic = accumulator.get();
    return new Metric() {
      @Override
      public void accept(RowView row) {
        if (!row.isMissing(position)) {
          statistic.add(row, position);
        }
      }

      @Override
      public Measurement finish() {
        double value = statistic.value();
        return Measurement.of(value, Numbers.between(value, min, max));
      }
    };
  }
}
