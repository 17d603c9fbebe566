package cascadekit.ch01;

import java.util.ArrayList;
import java.util.List;

/** Reference solution of exercise 01.unit-switch. */
public final class UnitSwitchDetector {
  private UnitSwitchDetector() {}

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
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
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
