package cascadekit.check;

import java.util.List;

/**
 * Flags the batches of a metric's history that break from the rest, as Deequ's anomaly detection
 * strategies do. The history comes from {@link MetricsRepository#history}, ordered by batch key.
 *
 * <pre>{@code
 * List<MetricPoint> rows = repo.history("rows", null);
 * AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(rows);   // => [2023-08: 150 outside [500, 2000] ...]
 * AnomalyCheck.onlineNormal().detect(repo.history("mean", "pressure_kpa"));   // => []
 * }</pre>
 */
public interface AnomalyCheck {
  /** Returns the anomalous points of {@code history}, in its order. */
  List<Anomaly> detect(List<MetricPoint> history);

  /** Returns Deequ's {@code OnlineNormalStrategy} with its defaults: 3 sd either side, first 10% ignored, anomalies left out. */
  static AnomalyCheck onlineNormal() {
    return new OnlineNormal(3.0, 3.0, 0.1, true);
  }

  /** Returns Deequ's {@code OnlineNormalStrategy} with these factors, share of leading points ignored, and choice. */
  static AnomalyCheck onlineNormal(
      double lowerDeviationFactor, double upperDeviationFactor, double ignoreStartShare, boolean ignoreAnomalies) {
    return new OnlineNormal(lowerDeviationFactor, upperDeviationFactor, ignoreStartShare, ignoreAnomalies);
  }

  /**
   * Returns Deequ's {@code RelativeRateOfChangeStrategy} (order 1): a point is anomalous when
   * value / previous value is below {@code maxRateDecrease} or above {@code maxRateIncrease}.
   * Pass 0 or {@code Double.POSITIVE_INFINITY} for a side without a limit.
   */
  static AnomalyCheck relativeRateOfChange(double maxRateDecrease, double maxRateIncrease) {
    return new RelativeRateOfChange(maxRateDecrease, maxRateIncrease);
  }
}
