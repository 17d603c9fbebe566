package cascadekit.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a profiler keeps of one column while it streams: counts, moments and the exact count of
 * every distinct value (with its number, while the column holds only numbers, for exact
 * quartiles). Two states of the same column merge into the state of both parts, so batches can
 * be profiled apart and combined. NaN, Infinity and 1e309 keep a column a number column, but
 * stay out of its moments, extremes and quantiles.
 */
final class ColumnState {
  private static final int TOP = 3;
  private static final int BINS = 10;

  private final String name;
  private long rows;
  private long present;
  private boolean allNumbers = true;
  private boolean allDates = true;
  private Moments moments = new Moments();
  private final DistinctValues values = new DistinctValues();
  private double[] numbers = new double[16]; // the number of each distinct value, while all are numbers

  ColumnState(String name) {
    this.name = name;
  }

  /** Adds one cell; {@code null} is missing. */
  void accept(String value) {
    rows++;
    if (value != null) {
      present++;
      int entry = add(value, 1);
      if (allNumbers && Double.isFinite(numbers[entry])) {
        moments.add(numbers[entry]);
      }
    }
  }

  /** Returns the state of this column's values and {@code other}'s together. */
  ColumnState merge(ColumnState other) {
    ColumnState merged = new ColumnState(name);
    for (ColumnState part : List.of(this, other)) {
      merged.rows += part.rows;
      merged.present += part.present;
      merged.allDates &= part.allDates;
      merged.allNumbers &= part.allNumbers;
      for (int entry = 0; entry < part.values.size(); entry++) {
        merged.add(part.values.value(entry), part.values.count(entry));
      }
    }
    merged.moments = Moments.merge(moments, other.moments);
    return merged;
  }

  /** Returns the profile of everything added so far. */
  ColumnProfile profile() {
    ValueType type = present == 0 ? ValueType.EMPTY
        : allNumbers ? ValueType.NUMBER : allDates ? ValueType.DATE : ValueType.TEXT;
    long unique = 0;
    int lowest = 0;
    int highest = 0;
    for (int entry = 0; entry < values.size(); entry++) {
      unique += values.count(entry) == 1 ? 1 : 0;
      lowest = values.compare(entry, lowest) < 0 ? entry : lowest;
      highest = values.compare(entry, highest) > 0 ? entry : highest;
    }
    List<ValueCount> top = topValues();
    if (type != ValueType.NUMBER) {
      String min = values.size() == 0 ? "" : values.value(lowest);
      String max = values.size() == 0 ? "" : values.value(highest);
      return new ColumnProfile(name, type, rows, present, values.size(), unique, min, max,
          Double.NaN, Double.NaN, Quantiles.of(new double[0]), top, Histogram.of(new double[0], BINS),
          Histogram.of(new double[0], BINS));
    }
    int[] finite = IntStream.range(0, values.size()).filter(entry -> Double.isFinite(numbers[entry])).toArray();
    double[] distinct = Arrays.stream(finite).mapToDouble(entry -> numbers[entry]).toArray();
    long[] counts = Arrays.stream(finite).mapToLong(values::count).toArray();
    NumberCounts numberCounts = NumberCounts.of(distinct, counts);
    return new ColumnProfile(name, type, rows, present, values.size(), unique,
        finite.length == 0 ? "" : Figures.of(Arrays.stream(distinct).min().orElseThrow()),
        finite.length == 0 ? "" : Figures.of(Arrays.stream(distinct).max().orElseThrow()),
        moments.mean(), moments.sampleStdDev(), numberCounts.quantiles(), top, numberCounts.histogram(BINS),
        numberCounts.fencedHistogram(BINS));
  }

  /** Returns the entry of {@code value} after counting it {@code times} more, parsing it when new. */
  private int add(String value, long times) {
    int before = values.size();
    int entry = values.add(value, times);
    if (entry == before) {
      // Parse a value the first time it is seen only: most columns repeat a few values.
      allDates = allDates && CellText.isIsoDate(value);
      if (allNumbers) {
        remember(entry, CellText.number(value));
      }
    }
    return entry;
  }

  private void remember(int entry, double number) {
    if (Double.isNaN(number)) {
      allNumbers = false;
      numbers = null; // a text column: its numbers will never be reported, so free them
      return;
    }
    if (entry == numbers.length) {
      numbers = Arrays.copyOf(numbers, entry * 2);
    }
    numbers[entry] = number;
  }

  /** Returns the most frequent values, most frequent first, ties in the order of their text. */
  private List<ValueCount> topValues() {
    Comparator<Integer> order = Comparator.<Integer>comparingLong(values::count).reversed()
        .thenComparing((a, b) -> values.compare(a, b));
    List<Integer> top = new ArrayList<>();
    for (int entry = 0; entry < values.size(); entry++) {
      if (top.size() < TOP || order.compare(entry, top.get(TOP - 1)) < 0) {
        top.add(entry);
        top.sort(order);
        top.subList(Math.min(TOP, top.size()), top.size()).clear();
      }
    }
    return top.stream().map(entry -> new ValueCount(values.value(entry), values.count(entry))).toList();
  }
}
