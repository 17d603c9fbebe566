package cascadekit.scale;

import java.util.Arrays;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * How close Deequ's metric must come to the kit's for the two to agree: exactly (to the last bits
 * of a sum added in another order), within a relative error (an approximate distinct count), or
 * within a rank error (an approximate quantile), or not at all where the two measure different
 * things and only the verdicts compare.
 */
public interface Tolerance {
  /** Returns the lowest and highest Deequ value that agree with the kit's {@code kit} on {@code data}. */
  double[] accepted(double kit, Table data);

  /** Returns the tolerance in words, for the parity table. */
  String describe();

  /** Exact, up to 1e-9 of the value: the same figure, its floating sums added in another order. */
  static Tolerance exact() {
    return of("exact", (kit, data) -> new double[] {kit - 1e-9 * Math.max(1, Math.abs(kit)), kit + 1e-9 * Math.max(1, Math.abs(kit))});
  }

  /** Within {@code share} of the kit's value: Deequ's HyperLogLog++ count has a relative standard error of 5%. */
  static Tolerance relative(double share) {
    return of("within " + Math.round(share * 100) + "%", (kit, data) -> new double[] {kit * (1 - share), kit * (1 + share)});
  }

  /**
   * Between the exact quantiles at {@code quantile - rankError} and {@code quantile + rankError} of
   * {@code column}: Deequ's approximate quantile guarantees its rank, not its value, to within
   * its relative error (0.01 by default).
   */
  static Tolerance rank(String column, double quantile, double rankError) {
    return of("rank within " + rankError, (kit, data) -> {
      double[] values = ((NumericColumn<?>) data.column(column)).asDoubleColumn().removeMissing().asDoubleArray();
      Arrays.sort(values);
      return new double[] {exactQuantile(values, quantile - rankError), exactQuantile(values, quantile + rankError)};
    });
  }

  /** Any value: the two sides measure different figures for the same verdict. */
  static Tolerance verdictOnly() {
    return of("verdict only", (kit, data) -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
  }

  private static Tolerance of(String words, java.util.function.BiFunction<Double, Table, double[]> range) {
    return new Tolerance() {
      @Override
      public double[] accepted(double kit, Table data) {
        return range.apply(kit, data);
      }

      @Override
      public String describe() {
        return words;
      }
    };
  }

  /** Returns the R-7 quantile of sorted {@code values}, {@code p} clamped to [0, 1]. */
  private static double exactQuantile(double[] values, double p) {
    double h = (values.length - 1) * Math.min(1, Math.max(0, p));
    int low = (int) Math.floor(h);
    int high = Math.min(values.length - 1, low + 1);
    return values[low] + (h - low) * (values[high] - values[low]);
  }
}
