package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics repository: JSON lines appended, read back, and a metric's history by batch key. */
class MetricsRepositoryTest {
  @TempDir Path dir;

  @Test
  void should_read_back_what_was_appended_one_line_per_batch() throws IOException {
    // GIVEN a repository with two batches, one with a figure that is not exact in decimal
    MetricsRepository repo = MetricsRepository.at(dir.resolve("metrics.jsonl"));
    List<MetricValue> may = List.of(MetricValue.ofTable("rows", 1000), new MetricValue("mean", "say \"hi\"", 0.1 + 0.2));
    // WHEN
    repo.append("2023-05", may).append("2023-06", List.of(MetricValue.ofTable("rows", 990)));
    // THEN each batch is one line, and reads back equal, bit for bit
    assertThat(Files.readAllLines(repo.file())).as("lines of the file").hasSize(2)
        .first().isEqualTo("{\"batch\":\"2023-05\",\"metrics\":[{\"name\":\"rows\",\"column\":null,\"value\":1000.0},"
            + "{\"name\":\"mean\",\"column\":\"say \\\"hi\\\"\",\"value\":0.30000000000000004}]}");
    assertThat(repo.batches()).as("batches read back")
        .containsExactly(new BatchMetrics("2023-05", may), new BatchMetrics("2023-06", List.of(MetricValue.ofTable("rows", 990))));
  }

  @Test
  void should_give_a_history_ordered_by_batch_key_skipping_batches_without_the_metric() {
    // GIVEN batches appended out of order, one without the mean
    MetricsRepository repo = MetricsRepository.at(dir.resolve("metrics.jsonl"))
        .append("2023-03", List.of(MetricValue.ofTable("rows", 3), new MetricValue("mean", "age", 30)))
        .append("2023-01", List.of(MetricValue.ofTable("rows", 1), new MetricValue("mean", "age", 10)))
        .append("2023-02", List.of(MetricValue.ofTable("rows", 2)));
    // WHEN / THEN
    assertThat(repo.history("rows", null)).as("rows by month").containsExactly(
        new MetricPoint("2023-01", 1), new MetricPoint("2023-02", 2), new MetricPoint("2023-03", 3));
    assertThat(repo.history("mean", "age")).as("mean(age): February has none")
        .containsExactly(new MetricPoint("2023-01", 10), new MetricPoint("2023-03", 30));
    assertThat(repo.history("mean", "weight")).as("a metric never stored").isEmpty();
  }

  @Test
  void should_have_no_batches_before_the_first_append() {
    // GIVEN / WHEN / THEN
    assertThat(MetricsRepository.at(dir.resolve("none.jsonl")).batches()).isEmpty();
  }

  @Test
  void should_refuse_a_batch_already_stored_and_a_metric_given_twice() {
    // GIVEN
    MetricsRepository repo = MetricsRepository.at(dir.resolve("metrics.jsonl"))
        .append("2023-01", List.of(MetricValue.ofTable("rows", 1)));
    // WHEN / THEN
    assertThatThrownBy(() -> repo.append("2023-01", List.of(MetricValue.ofTable("rows", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch 2023-01 is already in");
    assertThatThrownBy(() -> repo.append("2023-02", List.of(MetricValue.ofTable("rows", 1), MetricValue.ofTable("rows", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds a metric twice");
    assertThatThrownBy(() -> repo.append("2023-02", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no metrics");
    assertThatThrownBy(() -> MetricValue.ofTable("rows", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric rows is NaN");
    assertThat(repo.batches()).as("nothing written by a refused append").hasSize(1);
  }

  @Test
  void should_name_the_file_the_line_and_the_column_of_a_malformed_line() throws IOException {
    // GIVEN a file whose second line lacks a colon, and one whose value is text
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"batch\":\"2023-01\",\"metrics\":[]}\n{\"batch\" \"2023-02\"}\n");
    Path text = dir.resolve("text.jsonl");
    Files.writeString(text, "{\"batch\":\"2023-01\",\"metrics\":[{\"name\":\"rows\",\"column\":null,\"value\":\"1\"}]}\n");
    // WHEN / THEN
    assertThatThrownBy(() -> MetricsRepository.at(file).history("rows", null))
        .isInstanceOf(MetricsFileException.class)
        .hasMessage(file + ", line 2: column 10: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value");
    assertThatThrownBy(() -> MetricsRepository.at(text).batches())
        .isInstanceOf(MetricsFileException.class)
        .hasMessage(text + ", line 1: metric 1: \"value\" is not a number");
  }
}
