package cascadekit.split;

import cascadekit.clean.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import tech.tablesaw.api.Table;

/**
 * Preprocessing leakage: each statistic a pipeline used must equal the same statistic of the
 * training rows alone (within {@code statisticTolerance}, relative). One that does not is flagged,
 * and the finding says whether it equals the statistic of all rows, training and test together,
 * the usual slip of fitting a scaler or an imputer before splitting. When the training-only and
 * all-rows values coincide, the data cannot tell the two apart and nothing is flagged.
 */
final class PreprocessingCheck {
  private PreprocessingCheck() {}

  /** Returns one finding per statistic. */
  static List<LeakageFinding> check(Table train, Table test, List<FittedStatistic> used, LeakageThresholds limits) {
    return used.stream().map(s -> check(train, test, s, limits.statisticTolerance())).toList();
  }

  private static LeakageFinding check(Table train, Table test, FittedStatistic used, double tolerance) {
    for (Table side : List.of(train, test)) {
      if (!side.containsColumn(used.column())) {
        throw new IllegalArgumentException(
            "statistic " + used.kind() + " of '" + used.column() + "': table '" + side.name() + "' has no such column");
      }
    }
    double[] trainValues = Values.observed(train, used.column());
    double[] allValues = DoubleStream.concat(
        Arrays.stream(trainValues), Arrays.stream(Values.observed(test, used.column()))).toArray();
    double trainOnly = used.kind().of(trainValues);
    double allRows = used.kind().of(allValues);
    boolean honest = same(used.value(), trainOnly, tolerance);
    String source = honest ? "training rows" : same(used.value(), allRows, tolerance) ? "all rows" : "neither";
    String detail = String.format(
        Locale.ROOT, "%s %s used %.6g; training rows %.6g, all rows %.6g: fitted on %s",
        used.kind().name().toLowerCase(Locale.ROOT), used.column(), used.value(), trainOnly, allRows, source);
    String rule = "a fitted statistic equals its training-only value";
    return new LeakageFinding("preprocessing", used.column(), used.value(), rule, !honest, List.of(), detail);
  }

  private static boolean same(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
