package cascadekit.check;

import java.util.List;

/**
 * The metrics of one batch, one line of a {@link MetricsRepository} file.
 *
 * @param batch the batch key, such as {@code 2023-05}; keys sort in the order of the batches
 * @param metrics the figures measured on it
 */
public record BatchMetrics(String batch, List<MetricValue> metrics) {
  /** Refuses a blank key and a metric given twice; copies the metrics so they cannot change afterwards. */
  public BatchMetrics {
    if (batch == null || batch.isBlank()) {
      throw new IllegalArgumentException("a batch needs a key, such as 2023-05; got '" + batch + "'");
    }
    metrics = List.copyOf(metrics);
    long keys = metrics.stream().map(MetricValue::key).distinct().count();
    if (keys < metrics.size()) {
      throw new IllegalArgumentException("batch " + batch + " holds a metric twice: " + metrics);
    }
  }
}
