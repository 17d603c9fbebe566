package cascadekit.ch08;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Exercise 08.freshness-gaps: gaps, stuck clocks and stale batches.
 *
 * <p>A weather station uploads a file of readings every day, timestamps in the order they were
 * logged. A logger that stops leaves a gap; a clock that sticks repeats one timestamp; an upload
 * that replays yesterday's buffer ends long before the file was closed. None of these fail a
 * schema check; all of them make a model read old data as new.
 *
 * <p>Task 1. Return the gaps longer than {@code longest} between consecutive timestamps, in
 * order. A gap of exactly {@code longest} is not reported.
 * <pre>{@code
 * gaps([00:00, 01:00, 05:00, 06:00], 2 hours)   // => [Gap[from=01:00, to=05:00]]
 * }</pre>
 *
 * <p>Task 2. Return how many timestamps do not advance past the one before them (equal or
 * earlier).
 * <pre>{@code
 * repeated([00:00, 01:00, 01:00, 01:00, 00:30])   // => 3
 * }</pre>
 *
 * <p>Task 3. Return whether the batch is stale: its newest timestamp is more than {@code maxLag}
 * before {@code closedAt}, or more than {@code maxRepeatedShare} of its timestamps repeat.
 * Refuse an empty batch with an {@code IllegalArgumentException}.
 * <pre>{@code
 * isStale([day 1 00:00, day 1 01:00], closedAt day 4 00:00, 2 days, 0.01)   // => true (lag 71 h)
 * }</pre>
 */
public final class FreshnessGaps {
  private FreshnessGaps() {}

  /** A stretch with no reading: from one timestamp to the next. */
  public record Gap(LocalDateTime from, LocalDateTime to) {}

  /** Returns the gaps longer than {@code longest} between consecutive timestamps, in order. */
  public static List<Gap> gaps(List<LocalDateTime> times, Duration longest) {
    // TODO: task 1: compare each timestamp with the one before it.
    throw new UnsupportedOperationException(
        "08.freshness-gaps: FreshnessGaps.gaps is not written yet; do task 1, then ./kit check 08.freshness-gaps");
  }

  /** Returns how many timestamps are not after the one before them. */
  public static long repeated(List<LocalDateTime> times) {
    // TODO: task 2: count the timestamps that do not advance.
    throw new UnsupportedOperationException(
        "08.freshness-gaps: FreshnessGaps.repeated is not written yet; do task 2, then ./kit check 08.freshness-gaps");
  }

  /** Returns whether the batch lags {@code closedAt} by more than {@code maxLag} or repeats too much. */
  public static boolean isStale(
      List<LocalDateTime> times, LocalDateTime closedAt, Duration maxLag, double maxRepeatedShare) {
    // TODO: task 3: the newest timestamp against closedAt, and the share of repeats.
    throw new UnsupportedOperationException(
        "08.freshness-gaps: FreshnessGaps.isStale is not written yet; do task 3, then ./kit check 08.freshness-gaps");
  }
}
