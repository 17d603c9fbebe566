package cascadekit.profile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Records per day, with the days that have none counted as zero: the volume check of Deequ's
 * {@code Size} and TFDV's {@code NO_DATA_IN_SPAN}, per day. A day that silently brings no rows
 * is the commonest sign of a broken feed, and a table of counts per day that skips it hides it.
 *
 * <pre>{@code
 * Volume volume = Volume.of(visitDates);
 * volume.daysBelow(1);  // the days without a single record
 * }</pre>
 *
 * @param perDay records per day, every day from the first to the last
 */
public record Volume(SortedMap<LocalDate, Long> perDay) {
  /** Copies the counts so the volume cannot change afterwards. */
  public Volume {
    perDay = Collections.unmodifiableSortedMap(new TreeMap<>(perDay));
  }

  /** Returns the records per day of {@code dates}, zero-filled from the first day to the last. */
  public static Volume of(Collection<LocalDate> dates) {
    SortedMap<LocalDate, Long> counts = new TreeMap<>();
    dates.forEach(d -> counts.merge(d, 1L, Long::sum));
    if (!counts.isEmpty()) {
      for (LocalDate day = counts.firstKey(); day.isBefore(counts.lastKey()); day = day.plusDays(1)) {
        counts.putIfAbsent(day, 0L);
      }
    }
    return new Volume(counts);
  }

  /** Returns the days with fewer than {@code minimum} records, in date order. */
  public List<LocalDate> daysBelow(long minimum) {
    return perDay.entrySet().stream().filter(e -> e.getValue() < minimum).map(e -> e.getKey()).toList();
  }

  /** Returns the records per calendar month. */
  public SortedMap<YearMonth, Long> perMonth() {
    SortedMap<YearMonth, Long> months = new TreeMap<>();
    perDay.forEach((day, n) -> months.merge(YearMonth.from(day), n, Long::sum));
    return months;
  }

  /** Returns the mean records per day, days without records included. */
  public double meanPerDay() {
    return perDay.values().stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
  }
}
