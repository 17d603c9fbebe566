package cascadekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a metrics file: a batch's metrics as one JSON object.
 *
 * <pre>{@code
 * {"batch":"2023-08","metrics":[{"name":"rows","column":null,"value":150.0}]}
 * }</pre>
 */
final class MetricsLine {
  private MetricsLine() {}

  /** Returns the JSON line of {@code batch}, without the line break. */
  static String write(BatchMetrics batch) {
    StringBuilder line = new StringBuilder("{\"batch\":").append(quote(batch.batch())).append(",\"metrics\":[");
    for (int i = 0; i < batch.metrics().size(); i++) {
      MetricValue metric = batch.metrics().get(i);
      line.append(i == 0 ? "" : ",")
          .append("{\"name\":").append(quote(metric.name()))
          .append(",\"column\":").append(metric.column() == null ? "null" : quote(metric.column()))
          .append(",\"value\":").append(metric.value()).append('}');
    }
    return line.append("]}").toString();
  }

  /** Returns the batch a line holds; a line of another shape is an {@link IllegalArgumentException}. */
  static BatchMetrics read(String line) {
    Map<?, ?> object = members(JsonValues.read(line), Set.of("batch", "metrics"), "the line");
    if (!(object.get("metrics") instanceof List<?> items)) {
      throw new IllegalArgumentException("\"metrics\" is not an array");
    }
    List<MetricValue> metrics = new ArrayList<>();
    for (Object item : items) {
      Map<?, ?> metric = members(item, Set.of("name", "column", "value"), "metric " + (metrics.size() + 1));
      if (!(metric.get("value") instanceof Double value)) {
        throw new IllegalArgumentException("metric " + (metrics.size() + 1) + ": \"value\" is not a number");
      }
      metrics.add(new MetricValue(text(metric, "name"), text(metric, "column"), value));
    }
    return new BatchMetrics(text(object, "batch"), metrics);
  }

  private static Map<?, ?> members(Object value, Set<String> names, String what) {
    if (!(value instanceof Map<?, ?> object) || !object.keySet().equals(names)) {
      throw new IllegalArgumentException(what + " is not an object with exactly the members " + names);
    }
    return object;
  }

  private static String text(Map<?, ?> object, String name) {
    Object value = object.get(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException("\"" + name + "\" is not a string");
    }
    return (String) value;
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
