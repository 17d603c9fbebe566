package cascadekit.monitoring;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Freshness of one batch, counted in one pass over its timestamps in file order: how many fail
 * to advance (a stuck clock or a replayed row repeats the last one), the longest gap between two
 * readings, and the newest reading, to compare with when the batch closed.
 *
 * <pre>{@code
 * Freshness may = new Freshness();
 * readings.forEach(r -> may.add(r.timestamp()));
 * may.repeated();                                   // 899
 * may.lag(LocalDateTime.of(2023, 6, 1, 0, 0));       // 28 days
 * }</pre>
 */
public final class Freshness {
  private LocalDateTime previous;
  private LocalDateTime newest;
  private Duration longestGap = Duration.ZERO;
  private long count;
  private long repeated;

  /** Counts the next timestamp of the batch. */
  public void add(LocalDateTime at) {
    count++;
    if (previous != null) {
      if (!at.isAfter(previous)) {
        repeated++;
      } else {
        Duration gap = Duration.between(previous, at);
        longestGap = gap.compareTo(longestGap) > 0 ? gap : longestGap;
      }
    }
    newest = newest == null || at.isAfter(newest) ? at : newest;
    previous = at;
  }

  /** Returns how many timestamps did not advance past the one before. */
  public long repeated() {
    return repeated;
  }

  /** Returns the share of timestamps that did not advance. */
  public double repeatedShare() {
    return count == 0 ? 0 : (double) repeated / count;
  }

  /** Returns the longest gap between two advancing timestamps. */
  public Duration longestGap() {
    return longestGap;
  }

  /** Returns how long before {@code closedAt} the newest reading was logged. */
  public Duration lag(LocalDateTime closedAt) {
    if (newest == null) {
      throw new IllegalStateException("no timestamps counted");
    }
    return Duration.between(newest, closedAt);
  }
}
