// Mistake: takes the value at index n / 2 as the median even when the count is even.
package cascadekit.ch01;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 01.unit-switch: find the rows that carry a unit switch.
 *
 * <p>In chapter 01 one field team's scale logged kilograms in a grams column and nothing failed.
 * Here the same defect hits a clinic: in a centimetre column, some heights were typed in metres
 * (1.62) and some lost their decimal point (176.00 became 17600). A value a hundred times off its
 * neighbours is an error of entry, not of nature, and comparing each value with the column's
 * median finds it.
 *
 * <p>Task 1. Return the median value: the middle one once sorted, or the mean of the two middle
 * ones for an even count. Leave the caller's list as it was; refuse an empty one.
 * <pre>{@code
 * median([p1=170, p2=1.62, p3=181, p4=158])   // => 164.0   (sorted: 1.62, 158, 170, 181)
 * }</pre>
 *
 * <p>Task 2. Return the ids of the suspects, in input order: readings more than {@code factor}
 * times below or above the median ({@code value < median / factor} or {@code value > median * factor}).
 * <pre>{@code
 * suspects([p1=170, p2=1.62, p3=181, p4=158, p5=176], 10)   // => [p2]   (median 170)
 * }</pre>
 *
 * <p>Task 3. Return a repaired copy: each suspect below the median multiplied by
 * {@code multiplier}, each suspect above it divided by {@code multiplier}, every other reading
 * exactly as it was, in the same order.
 * <pre>{@code
 * repaired([p1=170, p2=1.62, p3=17600, p4=158, p5=176], 10, 100)
 *     // => [p1=170, p2=162, p3=176, p4=158, p5=176]
 * }</pre>
 */
public final class UnitSwitch {
  private UnitSwitch() {}

  /** One value of one row. */
  public record Reading(String id, double value) {}

  /** Returns the median of the readings' values. */
  public static double median(List<Reading> readings) {
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("the median of no readings is undefined");
    }
    // Sort a copy: the caller's list keeps its row order, which later steps rely on.
    double[] values = readings.stream().mapToDouble(Reading::value).sorted().toArray();
    int middle = values.length / 2;
    return values[middle];
  }

  /** Returns the ids of readings more than {@code factor} times off the median, in input order. */
  public static List<String> suspects(List<Reading> readings, double factor) {
    // The median, not the mean: one wild value drags the mean so far that every normal row
    // would look off, while the median stays with the majority.
    double median = median(readings);
    List<String> ids = new ArrayList<>();
    for (Reading reading : readings) {
      if (isSuspect(reading.value(), median, factor)) {
        ids.add(reading.id());
      }
    }
    return ids;
  }

  /** Returns a copy with every suspect rescaled by {@code multiplier} toward the median. */
  public static List<Reading> repaired(List<Reading> readings, double factor, double multiplier) {
    double median = median(readings);
    List<Reading> repaired = new ArrayList<>(readings.size());
    for (Reading reading : readings) {
      double value = reading.value();
      if (!isSuspect(value, median, factor)) {
        // A cleaner must leave clean rows alone: precision matters as much as recall.
        repaired.add(reading);
      } else if (value < median) {
        repaired.add(new Reading(reading.id(), value * multiplier));
      } else {
        repaired.add(new Reading(reading.id(), value / multiplier));
      }
    }
    return repaired;
  }

  private static boolean isSuspect(double value, double median, double factor) {
    return value < median / factor || value > median * factor;
  }
}
