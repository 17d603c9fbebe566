package cascadekit.check;

/**
 * One point of a metric's history: the batch it was measured on and its value.
 *
 * @param batch the batch key, such as {@code 2023-05}
 * @param value the metric's value on that batch
 */
public record MetricPoint(String batch, double value) {}
