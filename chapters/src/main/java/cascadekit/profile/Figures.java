package cascadekit.profile;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats the numbers of a profile for people: four significant digits, no exponent. */
public final class Figures {
  private static final MathContext FOUR_DIGITS = new MathContext(4);

  private Figures() {}

  /** Returns {@code value} to four significant digits ({@code 4201.75} is {@code 4202}), or "-" for NaN. */
  public static String of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "-";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
  }
}
