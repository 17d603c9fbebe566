package cascadekit.ch06;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 06.metric-anomaly: Deequ's online-normal anomaly check on a metric's history.
 *
 * <p>The kit stores each batch's metrics (a column's completeness, the row count); an anomaly
 * check asks whether today's value fits the history. Deequ's {@code OnlineNormalStrategy} updates
 * the running mean and standard deviation with the new point first and then tests the point
 * against them, so a point is always part of its own baseline. This exercise's variant, stated
 * exactly: the baseline is the earlier points not flagged, plus the current point; the spread
 * is the population standard deviation (divide by n, the baseline's size; Deequ, and the
 * toolbox's {@code AnomalyCheck.onlineNormal()} that follows it, divide by the point's index + 1
 * even after leaving anomalies out); a point outside the band is flagged and left out of every
 * later baseline; a point exactly on the band's edge is normal.
 *
 * <p>Task 1. Return the band of a baseline: mean - {@code lowerFactor} sd to mean +
 * {@code upperFactor} sd, with the population sd. Subtract the mean before squaring: for a metric
 * near a billion, {@code sum(v * v) - n * mean * mean} loses every digit of the spread.
 * <pre>{@code
 * band([0, 2], 2, 0.5)   // => Band[low=-1.0, high=1.5]   (mean 1, sd 1)
 * }</pre>
 *
 * <p>Task 2. Return the indexes of the anomalous points. The first points, those with an index
 * below {@code history.size() * ignoreStartShare}, are never flagged but join the baseline.
 * <pre>{@code
 * anomalies([10, 10, 10, 10, 20, 12], 1, 1, 0)   // => [4, 5]   (20: mean 12, sd 4; 12: mean 10.4, sd 0.8)
 * }</pre>
 *
 * <p>Task 3. One point among n lies at most sqrt(n - 1) population sds from their mean (when the
 * other n - 1 are equal). Return the fewest points, the current one included, with which a point
 * can be flagged more than {@code k} sds away: before that, the check cannot fire at all.
 * <pre>{@code
 * fewestPoints(3)   // => 11
 * }</pre>
 */
public final class MetricAnomaly {
  private MetricAnomaly() {}

  /** A band of normal values, both ends included. */
  public record Band(double low, double high) {}

  /** Returns mean - lowerFactor sd to mean + upperFactor sd of the baseline, population sd. */
  public static Band band(List<Double> baseline, double lowerFactor, double upperFactor) {
    double mean = baseline.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = baseline.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    // Population sd, as Deequ: the baseline is taken as all there is, not as a sample.
    double sd = Math.sqrt(squares / baseline.size());
    return new Band(mean - lowerFactor * sd, mean + upperFactor * sd);
  }

  /** Returns the indexes of the points outside the band of their baseline, the current point included. */
  public static List<Integer> anomalies(List<Double> history, double lowerFactor, double upperFactor, double ignoreStartShare) {
    List<Integer> anomalies = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    double skipped = history.size() * ignoreStartShare;
    for (int i = 0; i < history.size(); i++) {
      double value = history.get(i);
      baseline.add(value);
      Band band = band(baseline, lowerFactor, upperFactor);
      if (i >= skipped && (value < band.low() || value > band.high())) {
        anomalies.add(i);
        // An anomaly leaves the baseline, so an outage does not widen the band for the days after.
        baseline.remove(baseline.size() - 1);
      }
    }
    return anomalies;
  }

  /** Returns the fewest points with which one of them can lie more than k population sds from their mean. */
  public static int fewestPoints(double k) {
    int n = 1;
    while (Math.sqrt(n - 1) <= k) {
      n++;
    }
    return n;
  }
}
