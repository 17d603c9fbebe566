package cascadekit.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a profiled cell's text is: a number (finite, or infinite for NaN, Infinity and 1e309),
 * an ISO date, or neither.
 *
 * <pre>{@code
 * CellText.number("1e309");         // Infinity: a number, not a finite one
 * CellText.isIsoDate("2023-02-30");  // false
 * }</pre>
 */
final class CellText {
  private CellText() {}

  /** Returns {@code text} as a number (infinite for NaN, Infinity and 1e309), or NaN when it is text. */
  static double number(String text) {
    if (text.equals("NaN") || text.equals("Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (text.isEmpty() || "0123456789+-.".indexOf(text.charAt(0)) < 0) {
      return Double.NaN; // most text fails here, without the cost of an exception
    }
    try {
      double value = Double.parseDouble(text);
      return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Returns whether {@code text} is an ISO date, {@code yyyy-MM-dd}, that exists. */
  static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
