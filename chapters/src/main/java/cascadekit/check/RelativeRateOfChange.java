package cascadekit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Deequ's {@code RelativeRateOfChangeStrategy} of order 1: each point is divided by the one
 * before it, and a ratio below {@code maxRateDecrease} or above {@code maxRateIncrease} is an
 * anomaly (0.5 and 2.0: a batch may halve or double, no more). The first point has no ratio. As
 * in Deequ, a previous value of 0 gives an infinite ratio, or none for 0 / 0 (never flagged).
 */
final class RelativeRateOfChange implements AnomalyCheck {
  private final double maxRateDecrease;
  private final double maxRateIncrease;

  RelativeRateOfChange(double maxRateDecrease, double maxRateIncrease) {
    if (!(maxRateDecrease >= 0) || !(maxRateDecrease <= maxRateIncrease)) {
      throw new IllegalArgumentException("relative rate of change: need 0 <= maxRateDecrease <= maxRateIncrease, got "
          + maxRateDecrease + " and " + maxRateIncrease);
    }
    this.maxRateDecrease = maxRateDecrease;
    this.maxRateIncrease = maxRateIncrease;
  }

  @Override
  public List<Anomaly> detect(List<MetricPoint> history) {
    List<Anomaly> anomalies = new ArrayList<>();
    for (int i = 1; i < history.size(); i++) {
      MetricPoint previous = history.get(i - 1);
      MetricPoint point = history.get(i);
      double rate = point.value() / previous.value();
      if (rate < maxRateDecrease || rate > maxRateIncrease) {
        anomalies.add(new Anomaly(point.batch(), point.value(),
            previous.value() * maxRateDecrease, previous.value() * maxRateIncrease,
            "relative rate of change: " + Anomaly.figure(rate) + " x " + previous.batch() + "'s "
                + Anomaly.figure(previous.value()) + ", allowed " + Anomaly.figure(maxRateDecrease) + ".."
                + Anomaly.figure(maxRateIncrease)));
      }
    }
    return anomalies;
  }
}
