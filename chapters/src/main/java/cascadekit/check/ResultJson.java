package cascadekit.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a {@link ValidationResult} as indented JSON, in the shape of this package's documentation. */
final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  /** Returns {@code result} as JSON: the verdict first, then each constraint's result. */
  static String write(ValidationResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("passed", result.passed());
    root.put("errors", result.errorCount());
    root.put("warnings", result.warningCount());
    ArrayNode results = root.putArray("results");
    for (ConstraintResult r : result.results()) {
      ObjectNode node = results.addObject();
      node.put("check", r.check());
      node.put("level", r.level().name());
      node.put("constraint", r.constraint());
      node.put("column", r.column());
      node.put("status", r.status().name());
      if (Double.isFinite(r.value())) {
        node.put("value", r.value());
      } else {
        node.putNull("value");
      }
      node.put("threshold", r.threshold());
      node.put("failingCount", r.failingCount());
      ArrayNode ids = node.putArray("failingIds");
      r.failingIds().forEach(ids::add);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a validation result as JSON", e);
    }
  }
}
