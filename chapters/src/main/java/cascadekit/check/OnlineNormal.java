package cascadekit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Deequ's {@code OnlineNormalStrategy}: walks the history keeping a running mean and population
 * variance (Welford's update), and flags a point outside mean - lower x sd .. mean + upper x sd.
 * As in Deequ, a point is judged against the mean and sd updated with the point itself, so after
 * n - 1 equal points a single outlier is at most sqrt(n - 1) sd away: with 3 sd it takes 11 points
 * before one can be flagged. The first {@code ignoreStartShare} of the points (index < share x
 * size) only build the statistics. With {@code ignoreAnomalies}, a flagged point is taken back out
 * of the running mean and variance, so it does not widen the bounds for the points after it.
 */
final class OnlineNormal implements AnomalyCheck {
  private final double lowerFactor;
  private final double upperFactor;
  private final double ignoreStartShare;
  private final boolean ignoreAnomalies;

  OnlineNormal(double lowerFactor, double upperFactor, double ignoreStartShare, boolean ignoreAnomalies) {
    if (!(lowerFactor >= 0) || !(upperFactor >= 0)) {
      throw new IllegalArgumentException(
          "online normal: deviation factors must be >= 0, got " + lowerFactor + " and " + upperFactor);
    }
    if (!(ignoreStartShare >= 0 && ignoreStartShare <= 1)) {
      throw new IllegalArgumentException("online normal: ignoreStartShare must be in [0, 1], got " + ignoreStartShare);
    }
    this.lowerFactor = lowerFactor;
    this.upperFactor = upperFactor;
    this.ignoreStartShare = ignoreStartShare;
    this.ignoreAnomalies = ignoreAnomalies;
  }

  @Override
  public List<Anomaly> detect(List<MetricPoint> history) {
    List<Anomaly> anomalies = new ArrayList<>();
    double skipped = history.size() * ignoreStartShare;
    double mean = 0;
    double sumOfSquares = 0; // Welford's S_n: n x the population variance
    for (int i = 0; i < history.size(); i++) {
      double value = history.get(i).value();
      double lastMean = mean;
      double lastSumOfSquares = sumOfSquares;
      mean = i == 0 ? value : lastMean + (value - lastMean) / (i + 1);
      sumOfSquares += (value - lastMean) * (value - mean);
      double sd = Math.sqrt(sumOfSquares / (i + 1));
      double lower = bound(mean, sd, -lowerFactor);
      double upper = bound(mean, sd, upperFactor);
      if (i >= skipped && (value < lower || value > upper)) {
        anomalies.add(new Anomaly(history.get(i).batch(), value, lower, upper,
            "online normal: mean " + Anomaly.figure(mean) + ", sd " + Anomaly.figure(sd) + ", allowed "
                + Anomaly.figure(lowerFactor) + " sd below to " + Anomaly.figure(upperFactor) + " sd above"));
        if (ignoreAnomalies) {
          mean = lastMean;
          sumOfSquares = lastSumOfSquares;
        }
      }
    }
    return anomalies;
  }

  /** Returns mean + factor x sd; an infinite factor is an open side, even when sd is 0. */
  private static double bound(double mean, double sd, double factor) {
    return Double.isInfinite(factor) ? factor : mean + factor * sd;
  }
}
