package cascadekit.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a profiler keeps of one column while it streams: counts, moments, extremes, value
 * frequencies and the numbers themselves (for exact quantiles). Two states of the same column
 * merge into the state of both parts, so batches can be profiled apart and combined. NaN,
 * Infinity and 1e309 keep a column a number column, but stay out of its moments and quantiles.
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
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private double[] numbers = new double[16];
  private int size;
  private final Map<String, Tally> frequencies = new HashMap<>();

  ColumnState(String name) {
    this.name = name;
  }

  /** Adds one cell; {@code null} is missing. */
  void accept(String value) {
    rows++;
    if (value == null) {
      return;
    }
    present++;
    Tally tally = frequencies.get(value);
    if (tally == null) {
      // Parse a value the first time it is seen only: most columns repeat a few values.
      tally = new Tally(CellText.number(value), CellText.isIsoDate(value));
      frequencies.put(value, tally);
    }
    tally.count++;
    allDates = allDates && tally.date;
    if (allNumbers) {
      double number = tally.number;
      if (Double.isNaN(number)) {
        allNumbers = false;
        numbers = null; // a text column: its numbers will never be reported, so free them
      } else if (Double.isFinite(number)) {
        moments.add(number);
        min = Math.min(min, number);
        max = Math.max(max, number);
        if (size == numbers.length) {
          numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = number;
      }
    }
  }

  /** Returns the state of this column's values and {@code other}'s together. */
  ColumnState merge(ColumnState other) {
    ColumnState merged = new ColumnState(name);
    merged.rows = rows + other.rows;
    merged.present = present + other.present;
    merged.allDates = allDates && other.allDates;
    merged.allNumbers = allNumbers && other.allNumbers;
    merged.moments = Moments.merge(moments, other.moments);
    merged.min = Math.min(min, other.min);
    merged.max = Math.max(max, other.max);
    if (merged.allNumbers) {
      merged.numbers = Arrays.copyOf(numbers, size + other.size);
      System.arraycopy(other.numbers, 0, merged.numbers, size, other.size);
      merged.size = size + other.size;
    } else {
      merged.numbers = null;
    }
    frequencies.forEach((v, t) -> merged.frequencies.put(v, t.copy()));
    other.frequencies.forEach((v, t) -> merged.frequencies.computeIfAbsent(v, k -> new Tally(t.number, t.date)).count += t.count);
    return merged;
  }

  /** Returns the profile of everything added so far. */
  ColumnProfile profile() {
    ValueType type = present == 0 ? ValueType.EMPTY
        : allNumbers ? ValueType.NUMBER : allDates ? ValueType.DATE : ValueType.TEXT;
    long unique = frequencies.values().stream().filter(t -> t.count == 1).count();
    List<ValueCount> top = frequencies.entrySet().stream()
        .map(e -> new ValueCount(e.getKey(), e.getValue().count))
        .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value))
        .limit(TOP)
        .toList();
    if (type != ValueType.NUMBER) {
      String lowest = frequencies.keySet().stream().min(Comparator.naturalOrder()).orElse("");
      String highest = frequencies.keySet().stream().max(Comparator.naturalOrder()).orElse("");
      return new ColumnProfile(name, type, rows, present, frequencies.size(), unique, lowest, highest,
          Double.NaN, Double.NaN, Quantiles.of(new double[0]), top, Histogram.of(new double[0], BINS));
    }
    double[] values = Arrays.copyOf(numbers, size);
    return new ColumnProfile(name, type, rows, present, frequencies.size(), unique, Figures.of(min),
        Figures.of(max), moments.mean(), moments.sampleStdDev(), Quantiles.of(values), top, Histogram.of(values, BINS));
  }

  /** How often one value occurs, and what it parses as (once, when first seen). */
  private static final class Tally {
    private final double number;
    private final boolean date;
    private long count;

    Tally(double number, boolean date) {
      this.number = number;
      this.date = date;
    }

    Tally copy() {
      Tally copy = new Tally(number, date);
      copy.count = count;
      return copy;
    }
  }
}
