package cascadekit.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Equal-width bins from the minimum to the maximum. Every bin is half-open, {@code [lo, hi)},
 * except the last, which is closed, {@code [lo, max]}: so the maximum lands in the last bin, not
 * in a bin of its own past the end. A constant column gets one bin holding every value.
 * {@link #within} bins a narrower range and counts the values outside it, so nothing is lost:
 * {@code below + sum(counts) + above} is every value.
 *
 * <pre>{@code
 * Histogram.of(new double[] {0, 1, 2, 3, 4}, 2).counts();  // [2, 3]: [0, 2) and [2, 4]
 * Histogram.within(new double[] {0, 1, 2, 3, 40}, new long[] {1, 1, 1, 1, 1}, 2, 0, 4).above();  // 1
 * }</pre>
 *
 * @param min the left edge of the first bin
 * @param max the right edge of the last bin
 * @param counts values per bin
 * @param below values under {@code min}, in no bin
 * @param above values over {@code max}, in no bin
 */
public record Histogram(double min, double max, long[] counts, long below, long above) {
  /** Copies the counts so the histogram cannot change afterwards. */
  public Histogram {
    counts = counts.clone();
  }

  private Histogram(double min, double max, long[] counts) {
    this(min, max, counts, 0, 0);
  }

  /**
   * Returns the histogram of {@code values} (value i occurring {@code times[i]} times) in {@code
   * bins} bins from {@code low} to {@code high}, narrowed to the values' own range; the values
   * outside are counted in {@link #below} and {@link #above}.
   */
  public static Histogram within(double[] values, long[] times, int bins, double low, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException("need low < high, got " + low + " and " + high);
    }
    List<Double> inside = new ArrayList<>();
    List<Long> insideTimes = new ArrayList<>();
    long below = 0;
    long above = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] < low) {
        below += times[i];
      } else if (values[i] > high) {
        above += times[i];
      } else {
        inside.add(values[i]);
        insideTimes.add(times[i]);
      }
    }
    Histogram h = of(inside.stream().mapToDouble(Double::doubleValue).toArray(),
        insideTimes.stream().mapToLong(Long::longValue).toArray(), bins);
    return new Histogram(h.min, h.max, h.counts, below, above);
  }

  /** Returns the histogram of {@code values} in {@code bins} equal-width bins. */
  public static Histogram of(double[] values, int bins) {
    long[] once = new long[values.length];
    Arrays.fill(once, 1);
    return of(values, once, bins);
  }

  /** Returns the histogram of {@code values}, value i occurring {@code times[i]} times, in {@code bins} bins. */
  public static Histogram of(double[] values, long[] times, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("need at least one bin, got " + bins);
    }
    if (values.length == 0) {
      return new Histogram(Double.NaN, Double.NaN, new long[0]);
    }
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    if (min == max) {
      return new Histogram(min, max, new long[] {Arrays.stream(times).sum()});
    }
    long[] counts = new long[bins];
    double[] edges = new Histogram(min, max, counts).edges();
    for (int i = 0; i < values.length; i++) {
      counts[binOf(values[i], edges)] += times[i];
    }
    return new Histogram(min, max, counts);
  }

  /**
   * Returns the bin of {@code value}: a value on an edge goes to the bin starting there, the
   * maximum to the last (closed) bin. The estimate from the width is settled against the edges,
   * so rounding never puts a value left of its own edge.
   */
  private static int binOf(double value, double[] edges) {
    int bins = edges.length - 1;
    double min = edges[0];
    double max = edges[bins];
    int index = Math.max(0, Math.min(bins - 1, (int) Math.floor((value - min) * bins / (max - min))));
    if (index < bins - 1 && value >= edges[index + 1]) {
      index++;
    } else if (index > 0 && value < edges[index]) {
      index--;
    }
    return index;
  }

  /** Returns the bin edges: one more than the bins, the first {@code min}, the last {@code max}. */
  public double[] edges() {
    double[] edges = new double[counts.length + 1];
    for (int i = 0; i <= counts.length; i++) {
      edges[i] = i == counts.length ? max : min + (max - min) * i / counts.length;
    }
    return edges;
  }

  /** Returns the counts per bin, in order. */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** Returns one short label per bin, its left edge (e.g. {@code "32.1"}). */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    double[] edges = edges();
    for (int i = 0; i < counts.length; i++) {
      String label = String.format(Locale.ROOT, "%.4g", edges[i]);
      labels.add(label.contains(".") && !label.contains("e") ? label.replaceAll("\\.?0+$", "") : label);
    }
    return labels;
  }
}
