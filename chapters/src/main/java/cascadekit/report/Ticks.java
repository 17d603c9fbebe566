package cascadekit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Four to six "nice" tick values for a y axis: steps of 1, 2 or 5 times a power of ten, the
 * first tick at or below the data's low end, the last at or above its high end. The step is the
 * smallest that needs at most six ticks; when that leaves three, the axis gains one more step
 * (below, unless that would cross zero). Values are exact decimals, so a tick reads {@code 0.3},
 * never {@code 0.30000000000000004}.
 *
 * <pre>{@code
 * Ticks.covering(0, 0.814).labels();   // [0, 0.2, 0.4, 0.6, 0.8, 1.0]
 * Ticks.covering(0.7, 0.82).labels();  // [0.70, 0.75, 0.80, 0.85]
 * }</pre>
 *
 * @param values the ticks, ascending
 */
record Ticks(List<BigDecimal> values) {
  private static final int[] MANTISSAS = {1, 2, 5};
  private static final int MOST = 6;
  private static final int FEWEST = 4;

  /** Returns the ticks of an axis from {@code low} to {@code high} (equal ends get a unit span). */
  static Ticks covering(double low, double high) {
    if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("need finite low <= high, got " + low + " and " + high);
    }
    if (low == high) {
      double pad = low == 0 ? 1 : Math.abs(low) / 10;
      return covering(low >= 0 && low - pad < 0 ? 0 : low - pad, high + pad);
    }
    int exponent = (int) Math.floor(Math.log10((high - low) / MOST)) - 1;
    while (true) {
      for (int mantissa : MANTISSAS) {
        BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
        long first = BigDecimal.valueOf(low).divide(step, 0, RoundingMode.FLOOR).longValueExact();
        long last = BigDecimal.valueOf(high).divide(step, 0, RoundingMode.CEILING).longValueExact();
        if (last - first + 1 <= MOST) {
          if (last - first + 1 < FEWEST) {
            boolean keepZero = low >= 0 && first <= 0;
            first -= keepZero ? 0 : 1;
            last += keepZero ? 1 : 0;
          }
          List<BigDecimal> values = new ArrayList<>();
          for (long i = first; i <= last; i++) {
            values.add(step.multiply(BigDecimal.valueOf(i)));
          }
          return new Ticks(List.copyOf(values));
        }
      }
      exponent++;
    }
  }

  /** Returns the lowest tick, where the axis starts. */
  double low() {
    return values.get(0).doubleValue();
  }

  /** Returns the highest tick, where the axis ends. */
  double high() {
    return values.get(values.size() - 1).doubleValue();
  }

  /** Returns the ticks as printed: all with the step's decimals, scientific when tiny or huge. */
  List<String> labels() {
    BigDecimal step = values.get(1).subtract(values.get(0)).stripTrailingZeros();
    double size = Math.max(Math.abs(low()), Math.abs(high()));
    boolean scientific = step.scale() > 4 || size >= 1e7;
    int decimals = Math.max(0, step.scale());
    return values.stream()
        .map(v -> v.signum() == 0 ? "0"
            : scientific ? String.format(Locale.ROOT, "%.1e", v.doubleValue())
            : v.setScale(decimals, RoundingMode.HALF_UP).toPlainString())
        .toList();
  }
}
