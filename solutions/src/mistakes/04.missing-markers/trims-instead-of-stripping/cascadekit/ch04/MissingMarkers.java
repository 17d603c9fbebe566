// Mistake: trims instead of stripping, so a marker followed by a Unicode space (an em space) stays a value.
package cascadekit.ch04;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exercise 04.missing-markers: turn the ways a source writes "no value" into real missing values.
 *
 * <p>A form that cannot leave a box empty gets {@code NA}, {@code unknown} or {@code -999}
 * typed into it. Each is a value that looks real: a mean age dragged down by -999, a sex
 * category called "unknown". Before anything else, a cleaner turns every marker into a real
 * missing value (null), and nothing else.
 *
 * <p>Task 1. Return a copy of {@code values} where each text marker is null: compare after
 * stripping surrounding whitespace ({@code strip()}, which also removes Unicode spaces that
 * {@code trim()} keeps) and ignoring case. Values that merely contain a marker stay as they are;
 * the caller's list is left alone.
 * <pre>{@code
 * normalise([F, " NA", Unknown, Nadia, null], {NA, unknown})   // => [F, null, null, Nadia, null]
 * }</pre>
 *
 * <p>Task 2. Numbers are markers by value, not by spelling: with the marker {@code -999},
 * {@code -999.0} and {@code -999.00} are missing, {@code -9990} and {@code 999} are not.
 * <pre>{@code
 * normalise([172, -999.0, -9990, -999], {-999})   // => [172, null, -9990, null]
 * }</pre>
 */
public final class MissingMarkers {
  private MissingMarkers() {}

  /** Returns a copy of {@code values} with every marker replaced by null. */
  public static List<String> normalise(List<String> values, Set<String> markers) {
    // A new list: cleaning returns what it made, and the raw values stay for the audit.
    List<String> normalised = new ArrayList<>(values.size());
    for (String value : values) {
      normalised.add(value != null && isMarker(value, markers) ? null : value);
    }
    return normalised;
  }

  private static boolean isMarker(String value, Set<String> markers) {
    String text = value.trim();
    for (String marker : markers) {
      // equalsIgnoreCase, not contains: "Nadia" holds "NA" and is a name.
      if (text.equalsIgnoreCase(marker)) {
        return true;
      }
      // A sentinel is a number: -999.0 written by a spreadsheet is the same marker as -999.
      Double number = number(text);
      Double sentinel = number(marker);
      if (number != null && sentinel != null && number.doubleValue() == sentinel.doubleValue()) {
        return true;
      }
    }
    return false;
  }

  private static Double number(String text) {
    try {
      return Double.valueOf(text.toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
