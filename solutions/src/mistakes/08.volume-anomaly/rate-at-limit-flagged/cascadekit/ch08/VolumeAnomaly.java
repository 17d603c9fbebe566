// Mistake: flags a change exactly at a limit (<= and >= instead of below and above).
package cascadekit.ch08;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 08.volume-anomaly: two of Deequ's strategies for a row count over time.
 *
 * <p>An order feed delivers one batch a day; {@code counts.get(i)} is day {@code i}'s rows. A
 * rate-of-change rule compares each day with the day before; a normal rule compares it with the
 * mean and standard deviation of the days before, as Deequ's {@code OnlineNormalStrategy} does.
 *
 * <p>Task 1. Return the days (indexes from 1) whose relative change from the day before,
 * {@code (c[i] - c[i-1]) / c[i-1]}, is below {@code -maxDecrease} or above {@code maxIncrease}.
 * <pre>{@code
 * rateOfChange([1000, 1000, 150, 1000], 0.5, 0.5)   // => [2, 3]   (the recovery alerts too)
 * }</pre>
 *
 * <p>Task 2. Return the days from {@code warmup} on whose count is more than {@code sigmas}
 * standard deviations from the mean of the earlier normal days: use the sample standard
 * deviation (divide by n - 1), and leave every day you flag out of the later days' history.
 * Refuse a warm-up below 2 with an {@code IllegalArgumentException}: one day has no spread.
 * <pre>{@code
 * normal([1004, 979, 1017, 1000, 150, 1000], 3, 3)   // => [4]   (mean 1000, sd 19.31 at day 3)
 * }</pre>
 */
public final class VolumeAnomaly {
  private VolumeAnomaly() {}

  /** Returns the days whose change from the day before is beyond the allowed rates. */
  public static List<Integer> rateOfChange(List<Long> counts, double maxDecrease, double maxIncrease) {
    List<Integer> days = new ArrayList<>();
    for (int i = 1; i < counts.size(); i++) {
      double rate = (double) (counts.get(i) - counts.get(i - 1)) / counts.get(i - 1);
      if (rate <= -maxDecrease || rate >= maxIncrease) {
        days.add(i);
      }
    }
    return days;
  }

  /** Returns the days from {@code warmup} on outside mean +/- {@code sigmas} sd of the earlier normal days. */
  public static List<Integer> normal(List<Long> counts, double sigmas, int warmup) {
    if (warmup < 2) {
      throw new IllegalArgumentException("need a warm-up of 2 days or more to have a standard deviation");
    }
    List<Integer> days = new ArrayList<>();
    List<Long> history = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      long count = counts.get(i);
      if (i >= warmup && outside(history, count, sigmas)) {
        // Kept out of the history: an outage must not widen the band the next days are judged by.
        days.add(i);
      } else {
        history.add(count);
      }
    }
    return days;
  }

  private static boolean outside(List<Long> history, long count, double sigmas) {
    double mean = history.stream().mapToLong(Long::longValue).average().orElseThrow();
    double squares = history.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum();
    // Sample standard deviation: a few days of history estimate the spread, they are not all of it.
    double sd = Math.sqrt(squares / (history.size() - 1));
    return Math.abs(count - mean) > sigmas * sd;
  }
}
