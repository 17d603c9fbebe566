package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading of one metrics line: what JSON or the line's shape does not allow is refused, located. */
class MetricsLineTest {
  private static final String METRIC = "{\"name\":\"rows\",\"column\":null,\"value\":1}";

  @Test
  void should_read_a_line_with_spaces_escapes_and_an_integer_value() {
    // GIVEN / WHEN
    BatchMetrics batch = MetricsLine.read(" { \"batch\" : \"2023-\\u0030\\n\" , \"metrics\" : [ " + METRIC + " ] } ");
    // THEN
    assertThat(batch).as("batch read").isEqualTo(new BatchMetrics("2023-0\n", List.of(MetricValue.ofTable("rows", 1))));
  }

  @Test
  void should_write_control_characters_and_quotes_escaped_and_read_them_back() {
    // GIVEN
    BatchMetrics batch = new BatchMetrics("b\"1\t", List.of(new MetricValue("mean", "a\\b", 0.5)));
    // WHEN
    String line = MetricsLine.write(batch);
    // THEN
    assertThat(line).as("line written").isEqualTo("{\"batch\":\"b\\\"1\\t\",\"metrics\":[{\"name\":\"mean\",\"column\":\"a\\\\b\",\"value\":0.5}]}");
    assertThat(MetricsLine.read(line)).as("line read back").isEqualTo(batch);
  }

  @Test
  void should_refuse_what_json_does_not_allow_naming_the_column() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"metrics\":[1,]}")).as("a trailing comma")
        .hasMessageStartingWith("column 27: ");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"metrics\":[]} x")).as("text after the object")
        .hasMessageStartingWith("column 28: ");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":01}")).as("a leading zero")
        .hasMessageStartingWith("column 11: ");
    assertThatThrownBy(() -> MetricsLine.read("{batch:\"a\"}")).as("a name without quotes")
        .hasMessageStartingWith("column 2: ");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"batch\":\"b\"}")).as("a member twice")
        .hasMessageStartingWith("column 21: ").hasMessageContaining("batch");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a")).as("a string that does not end")
        .hasMessageStartingWith("column 12: ");
  }

  @Test
  void should_refuse_a_line_of_another_shape_naming_what() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> MetricsLine.read("[]")).as("an array")
        .hasMessage("the line is not an object with exactly the members [batch, metrics]");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"metrics\":[],\"n\":1}")).as("a member more")
        .hasMessage("the line is not an object with exactly the members [batch, metrics]");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"metrics\":{}}")).as("metrics not an array")
        .hasMessage("\"metrics\" is not an array");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":\"a\",\"metrics\":[{\"name\":\"rows\",\"value\":1}]}")).as("a metric lacking its column")
        .hasMessage("metric 1 is not an object with exactly the members [name, column, value]");
    assertThatThrownBy(() -> MetricsLine.read("{\"batch\":7,\"metrics\":[]}")).as("a batch that is a number")
        .hasMessage("\"batch\" is not a string");
  }
}
