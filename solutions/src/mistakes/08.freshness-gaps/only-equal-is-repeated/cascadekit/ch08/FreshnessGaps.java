// Mistake: counts only equal timestamps as repeated, missing a replayed (earlier) one.
package cascadekit.ch08;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    List<Gap> gaps = new ArrayList<>();
    // Consecutive pairs only: the first-to-last span is the batch's period, not a gap.
    for (int i = 1; i < times.size(); i++) {
      if (Duration.between(times.get(i - 1), times.get(i)).compareTo(longest) > 0) {
        gaps.add(new Gap(times.get(i - 1), times.get(i)));
      }
    }
    return gaps;
  }

  /** Returns how many timestamps are not after the one before them. */
  public static long repeated(List<LocalDateTime> times) {
    long repeated = 0;
    for (int i = 1; i < times.size(); i++) {
      // "Not after" counts a stuck clock (equal) and a replayed row (earlier) alike.
      if (times.get(i).equals(times.get(i - 1))) {
        repeated++;
      }
    }
    return repeated;
  }

  /** Returns whether the batch lags {@code closedAt} by more than {@code maxLag} or repeats too much. */
  public static boolean isStale(
      List<LocalDateTime> times, LocalDateTime closedAt, Duration maxLag, double maxRepeatedShare) {
    if (times.isEmpty()) {
      throw new IllegalArgumentException("an empty batch has no freshness; it is a volume problem");
    }
    // The newest, not the last: with a replayed buffer the last row is not the latest one.
    LocalDateTime newest = times.stream().max(LocalDateTime::compareTo).orElseThrow();
    boolean lagging = Duration.between(newest, closedAt).compareTo(maxLag) > 0;
    return lagging || (double) repeated(times) / times.size() > maxRepeatedShare;
  }
}
