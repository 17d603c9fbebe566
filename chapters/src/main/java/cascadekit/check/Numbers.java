package cascadekit.check;

import java.math.BigDecimal;

/** Numbers as a constraint's sentence and threshold show them: {@code 120}, not {@code 120.0}. */
final class Numbers {
  private Numbers() {}

  /** Returns {@code value} in its shortest exact decimal form: 120, 0.95, -1.5. */
  static String text(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** Returns whether {@code value} lies in [min, max]; NaN never does. */
  static boolean between(double value, double min, double max) {
    return value >= min && value <= max;
  }

  /** Returns {@code part / whole}, or 1 when {@code whole} is 0: nothing to judge breaks no rule. */
  static double share(long part, long whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
