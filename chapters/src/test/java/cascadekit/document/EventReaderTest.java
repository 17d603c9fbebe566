package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed lineage line is refused with its file, line and field. */
class EventReaderTest {
  private static final String GOOD =
      """
      {"eventType":"START","eventTime":"2024-05-08T09:00:00Z",
      "run":{"runId":"00000000-0000-4000-8000-000000000001"},
      "job":{"namespace":"cascadekit","name":"clean"},
      "inputs":[{"namespace":"file","name":"in.csv","facets":{
      "version":{"datasetVersion":"v1"},
      "schema":{"fields":[{"name":"age","type":"INTEGER"}]},
      "dataQualityMetrics":{"rowCount":3,"columnMetrics":{"age":{"nullCount":1}}}}}],
      "outputs":[],"producer":"urn:x"}
      """
          .replace("\n", "");

  @TempDir Path dir;

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"START\"|\"DONE\"|eventType|an unknown event type",
        "09:00:00Z|09:00:00|eventTime|a time without zone",
        "\"runId\"|\"run_id\"|run.runId|a misspelt run id",
        "\"name\":\"clean\"|\"name\":7|job.name|a job name that is a number",
        "\"datasetVersion\"|\"version\"|inputs[0].facets.version.datasetVersion|no version",
        "\"nullCount\":1|\"nullCount\":-1|"
            + "inputs[0].facets.dataQualityMetrics.columnMetrics.age.nullCount|a negative count",
        "\"outputs\":[]|\"outputs\":{}|outputs|outputs that are not an array",
        "{\"eventType\"|[\"eventType\"|(line)|a line that is not JSON",
      })
  void should_name_the_line_and_field_of_a_malformed_event(
      String good, String bad, String field, String what) throws IOException {
    // GIVEN a log whose second line has one fault
    Path log =
        Files.writeString(
            dir.resolve("lineage.jsonl"), GOOD + "\n" + GOOD.replace(good, bad) + "\n");
    // WHEN it is read
    FileFormatException e =
        catchThrowableOfType(FileFormatException.class, () -> LineageLog.read(log));
    // THEN the error names the file, line 2 and the field
    assertThat(e).as("error for " + what).isNotNull();
    assertThat(e.file()).as("file of " + what).isEqualTo(log);
    assertThat(e.line()).as("line of " + what).isEqualTo(2);
    assertThat(e.field()).as("field of " + what).isEqualTo(field);
  }
}
