package cascadekit.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a metrics file: a batch's metrics as one JSON object, read strictly (no text after
 * the object, no member twice, no member more or less).
 *
 * <pre>{@code
 * {"batch":"2023-08","metrics":[{"name":"rows","column":null,"value":150.0}]}
 * }</pre>
 */
final class MetricsLine {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private MetricsLine() {}

  /** Returns the JSON line of {@code batch}, without the line break. */
  static String write(BatchMetrics batch) {
    ObjectNode line = MAPPER.createObjectNode().put("batch", batch.batch());
    ArrayNode metrics = line.putArray("metrics");
    for (MetricValue metric : batch.metrics()) {
      metrics.addObject().put("name", metric.name()).put("column", metric.column()).put("value", metric.value());
    }
    return line.toString();
  }

  /** Returns the batch a line holds; a line that is not JSON, or of another shape, is an {@link IllegalArgumentException}. */
  static BatchMetrics read(String line) {
    JsonNode object;
    try {
      object = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    members(object, List.of("batch", "metrics"), "the line");
    if (!object.get("metrics").isArray()) {
      throw new IllegalArgumentException("\"metrics\" is not an array");
    }
    List<MetricValue> metrics = new ArrayList<>();
    for (JsonNode metric : object.get("metrics")) {
      String which = "metric " + (metrics.size() + 1);
      members(metric, List.of("name", "column", "value"), which);
      if (!metric.get("value").isNumber()) {
        throw new IllegalArgumentException(which + ": \"value\" is not a number");
      }
      metrics.add(new MetricValue(text(metric, "name"), text(metric, "column"), metric.get("value").doubleValue()));
    }
    return new BatchMetrics(text(object, "batch"), metrics);
  }

  private static void members(JsonNode value, List<String> names, String what) {
    Set<String> found = new HashSet<>();
    if (value != null && value.isObject()) {
      value.fieldNames().forEachRemaining(found::add);
    }
    if (!found.equals(Set.copyOf(names))) {
      throw new IllegalArgumentException(what + " is not an object with exactly the members " + names);
    }
  }

  private static String text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (!value.isNull() && !value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" is not a string");
    }
    return value.isNull() ? null : value.textValue();
  }
}
