package cascadekit.check;

import static cascadekit.check.Runs.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

class ResultJsonTest {
  @Test
  void should_write_the_verdict_first_then_every_result_with_its_fields() throws Exception {
    // GIVEN a run with a failed error and a mean of nothing (NaN)
    ValidationResult result = ValidationSuite.on(table(StringColumn.create("id", "a", "a"),
            DoubleColumn.create("x", Double.NaN, Double.NaN)))
        .idColumn("id")
        .addCheck(Check.error("ids").isUnique("id"))
        .addCheck(Check.warn("x").hasMeanBetween("x", 0, 1))
        .run();
    // WHEN written and parsed back
    String json = result.toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    // THEN
    assertThat(root.fieldNames()).toIterable().as("top-level fields, verdict first")
        .containsExactly("passed", "errors", "warnings", "results");
    assertThat(root.get("passed").asBoolean()).as("passed").isFalse();
    assertThat(root.get("errors").asInt()).as("errors").isEqualTo(1);
    assertThat(root.get("warnings").asInt()).as("warnings").isEqualTo(1);
    JsonNode unique = root.get("results").get(0);
    assertThat(unique.get("check").asText()).as("check").isEqualTo("ids");
    assertThat(unique.get("level").asText()).as("level").isEqualTo("ERROR");
    assertThat(unique.get("constraint").asText()).as("constraint").isEqualTo("id is unique");
    assertThat(unique.get("column").asText()).as("column").isEqualTo("id");
    assertThat(unique.get("status").asText()).as("status").isEqualTo("FAILED");
    assertThat(unique.get("value").asDouble()).as("value").isEqualTo(0.0);
    assertThat(unique.get("threshold").asText()).as("threshold").isEqualTo(">= 1");
    assertThat(unique.get("failingCount").asLong()).as("failing count").isEqualTo(2);
    assertThat(unique.get("failingIds").toString()).as("failing ids").isEqualTo("[\"a\",\"a\"]");
    assertThat(root.get("results").get(1).get("value").isNull()).as("NaN written as null").isTrue();
  }
}
