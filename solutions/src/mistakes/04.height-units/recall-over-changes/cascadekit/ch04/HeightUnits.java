// Mistake: divides by the changes for recall too, so recall equals precision and never shows a missed wrong row.
package cascadekit.ch04;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Exercise 04.height-units: bring heights typed in metres into centimetres, and measure the fix.
 *
 * <p>Some front desks type 1.72 where the form says centimetres. No adult is under 3 cm tall and
 * none is 3 m tall, so a height under 3 is in metres: multiply it by 100. A height typed in
 * millimetres (1720) is over 300: divide it by 10. Every other height must come back exactly as
 * it was: a cleaner that "fixes" clean rows does harm, and only precision shows it.
 *
 * <p>Task 1. Return the heights in centimetres, and the ids of the rows changed, in order.
 * Missing heights (null) stay missing.
 * <pre>{@code
 * harmonise([h1 172, h2 1.63, h3 1810, h4 null])   // => [172, 163, 181, null], changed [h2, h3]
 * }</pre>
 *
 * <p>Task 2. Score the changed ids against the ids known to be wrong: precision = right changes
 * / changes, recall = right changes / known wrong rows; {@code NaN} for a division by zero.
 * <pre>{@code
 * score([h2, h3, h5], {h2, h3, h9})   // => precision 0.667, recall 0.667
 * }</pre>
 */
public final class HeightUnits {
  private HeightUnits() {}

  /** One height: the row id and the value, null when missing. */
  public record Height(String id, Double value) {}

  /** The heights in centimetres, and the ids of the rows that were changed. */
  public record Harmonised(List<Height> heights, List<String> changed) {}

  /** Precision and recall of a cleaning step. */
  public record Score(double precision, double recall) {}

  /** Returns the heights in centimetres, and which rows changed. */
  public static Harmonised harmonise(List<Height> heights) {
    List<Height> harmonised = new ArrayList<>(heights.size());
    List<String> changed = new ArrayList<>();
    for (Height height : heights) {
      Double value = height.value();
      if (value != null && value < 3) {
        harmonised.add(new Height(height.id(), value * 100));
        changed.add(height.id());
      } else if (value != null && value > 300) {
        harmonised.add(new Height(height.id(), value / 10));
        changed.add(height.id());
      } else {
        // The same object: a clean row is not rounded, re-parsed or touched in any way.
        harmonised.add(height);
      }
    }
    return new Harmonised(harmonised, changed);
  }

  /** Returns the precision and recall of {@code changed} against the rows known to be wrong. */
  public static Score score(List<String> changed, Set<String> wrong) {
    long right = changed.stream().filter(wrong::contains).count();
    // Precision punishes touching clean rows; recall punishes missing wrong ones. Report both.
    double precision = changed.isEmpty() ? Double.NaN : (double) right / changed.size();
    double recall = changed.isEmpty() ? Double.NaN : (double) right / changed.size();
    return new Score(precision, recall);
  }
}
