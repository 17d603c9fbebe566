package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import cascadekit.data.CsvTestFiles;
import cascadekit.data.Datasets;
import cascadekit.profile.Profiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that each file of {@code datasets/encodings/malformed} gives, through the loader and
 * the profiler alike, the report {@code expected-errors.csv} promises: a quarantined row at its
 * line with its reason, or an error naming the file, line and field.
 */
class MalformedFilesTest {
  private static final Schema CITIES = Schema.of(
      Column.of("id", ColumnType.INTEGER).required(),
      Column.of("city", ColumnType.TEXT).required(),
      Column.of("country", ColumnType.TEXT),
      Column.of("manager", ColumnType.TEXT),
      Column.of("visits", ColumnType.INTEGER),
      Column.of("mean_wait_min", ColumnType.DECIMAL));

  static Stream<Map<String, String>> promises() {
    return CsvTestFiles.rows("encodings/expected-errors.csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("promises")
  void should_report_what_expected_errors_promises_through_loader_and_profiler(Map<String, String> promise) {
    // GIVEN the promised report, without its "line N, field F:" prefix and its explanation after ";"
    Path file = Datasets.path("encodings/" + promise.get("file"));
    String line = promise.get("line");
    String report = promise.get("error").replaceFirst("^line \\d+(, field \\d+)?: ", "").split(";")[0];
    // WHEN the loader and the profiler read the file
    Object loaded = outcome(() -> CsvLoader.of(CITIES).load(file).result().quarantined());
    Object profiled = outcome(() -> Profiler.read(file, Set.of("")).quarantined());
    // THEN each reports it
    for (Object outcome : List.of(loaded, profiled)) {
      if (report.startsWith("none")) {
        assertThat(outcome).as("valid file").asInstanceOf(LIST).isEmpty();
      } else if (outcome instanceof LoadException error) {
        assertThat(error.getMessage()).startsWith(file.getFileName().toString()).contains(report)
            .contains(line.isEmpty() ? "" : "line " + line)
            .contains(promise.get("field").isEmpty() ? "" : "(field " + promise.get("field") + ")");
      } else {
        assertThat(outcome).as("quarantined rows").asInstanceOf(LIST)
            .extracting(q -> ((QuarantinedRow) q).line() + ": " + ((QuarantinedRow) q).reason())
            .contains(line + ": " + report);
      }
    }
  }

  private static Object outcome(Supplier<List<QuarantinedRow>> reading) {
    Throwable thrown = catchThrowable(reading::get);
    if (thrown == null) {
      return reading.get();
    }
    assertThat(thrown).isInstanceOf(LoadException.class);
    return thrown;
  }
}
