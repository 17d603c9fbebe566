package cascadekit.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags a batch whose row count is outside mean +/- k standard deviations of the counts before
 * it, as Deequ's normal strategies do. A count flagged as an anomaly is kept out of the history
 * (Deequ's {@code ignoreAnomalies = true}), so one bad month neither widens the band nor makes
 * the recovery look like a second anomaly.
 *
 * <pre>{@code
 * VolumeMonitor volume = VolumeMonitor.startingWith(List.of(1004L, 979L, 1017L), 3);
 * volume.observe(150).anomaly();   // => true
 * volume.observe(1000).anomaly();  // => false
 * }</pre>
 */
public final class VolumeMonitor {
  private final List<Long> history;
  private final double sigmas;

  private VolumeMonitor(List<Long> history, double sigmas) {
    this.history = new ArrayList<>(history);
    this.sigmas = sigmas;
  }

  /** Returns a monitor whose history starts with {@code counts}, flagging beyond {@code sigmas}. */
  public static VolumeMonitor startingWith(List<Long> counts, double sigmas) {
    return new VolumeMonitor(counts, sigmas);
  }

  /**
   * Returns the check of the next batch's {@code count} against the history, and adds the count
   * to the history unless it is an anomaly. Fewer than two counts of history flag nothing.
   */
  public VolumeCheck observe(long count) {
    double mean = history.stream().mapToLong(Long::longValue).average().orElse(count);
    double variance =
        history.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / Math.max(1, history.size() - 1);
    double sd = Math.sqrt(variance);
    boolean anomaly = history.size() >= 2 && Math.abs(count - mean) > sigmas * sd;
    VolumeCheck check = new VolumeCheck(count, mean - sigmas * sd, mean + sigmas * sd, history.size(), anomaly);
    if (!anomaly) {
      history.add(count);
    }
    return check;
  }

  /** Returns the relative change from {@code previous} to {@code current}: -0.85 for 1000 to 150. */
  public static double rateOfChange(long previous, long current) {
    return (double) (current - previous) / previous;
  }

  /**
   * One batch's volume check.
   *
   * @param count the batch's rows
   * @param low the lowest count inside the band
   * @param high the highest count inside the band
   * @param history how many earlier counts the band was computed from
   * @param anomaly whether the count fell outside the band
   */
  public record VolumeCheck(long count, double low, double high, int history, boolean anomaly) {}
}
