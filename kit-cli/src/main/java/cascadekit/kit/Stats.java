package cascadekit.kit;

import java.util.List;

/** Summary statistics for the bench. */
final class Stats {
  private Stats() {}

  /** Returns the median of {@code values}: the middle one, or the mean of the two middle ones. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
