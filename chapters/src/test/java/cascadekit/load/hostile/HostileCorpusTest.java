package cascadekit.load.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Dialect;
import cascadekit.load.LoadException;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.load.Row;
import cascadekit.load.Schema;
import cascadekit.profile.Profiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of the hostile corpus through the schema loader and the streaming profiler:
 * no exception but {@link LoadException}, every error naming the file and its line, every row
 * read either kept or quarantined, and each file's outcome as its manifest entry says.
 */
class HostileCorpusTest {
  private static final Schema SCHEMA = Schema.of(
      Column.of("id", ColumnType.INTEGER).required(),
      Column.of("name", ColumnType.TEXT),
      Column.of("amount", ColumnType.DECIMAL),
      Column.of("day", ColumnType.DATE));
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final int LONGEST_MESSAGE = 300;

  @TempDir static Path dir;

  static Stream<HostileFile> corpus() {
    return Stream.of(StructureFiles.all(), ValueFiles.all(), GeneratedFiles.all()).flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void should_load_and_profile_each_hostile_file_as_its_manifest_says(HostileFile hostile) throws Exception {
    // GIVEN the file, written from its generator
    Path file = dir.resolve(hostile.name());
    Files.write(file, hostile.bytes().get());
    Dialect dialect = hostile.dialect().apply(file);
    // WHEN / THEN the loader gives what the manifest says
    check(hostile.name(), hostile.loader(), () -> {
      Loaded loaded = assertTimeoutPreemptively(HANG_GUARD, () -> CsvLoader.of(SCHEMA).dialect(dialect).load(file));
      LoadResult<Row> result = loaded.result();
      assertCounts(hostile.loader(), result.rowsRead(), result.kept().size(), result.quarantined());
    });
    // AND the profiler too
    check(hostile.name(), hostile.profiler(), () -> {
      Profiler profiler = assertTimeoutPreemptively(HANG_GUARD, () -> Profiler.read(file, dialect, Set.of("")));
      long profiled = profiler.profiles().get(0).rows();
      assertCounts(hostile.profiler(), profiled + profiler.quarantined().size(), profiled, profiler.quarantined());
    });
  }

  private static void check(String name, Outcome expected, ThrowingCallable reading) {
    if (!expected.isError()) {
      assertThatNoException(reading);
      return;
    }
    String where = expected.line() > 0 ? name + ", line " + expected.line() + "," : name + ":";
    String at = expected.line() > 0 ? name + ", line " + expected.line() + ":" : where;
    assertThatThrownBy(reading)
        .as("%s: expected %s", name, expected)
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(expected.error())
        .satisfies(e -> assertThat(e.getMessage()).as("the error names the file and line").matches(
            m -> m.startsWith(where) || m.startsWith(at)))
        .satisfies(e -> assertThat(e.getMessage()).as("one short line").hasSizeLessThanOrEqualTo(LONGEST_MESSAGE)
            .doesNotContain("\n", "\r"));
  }

  private static void assertThatNoException(ThrowingCallable reading) {
    try {
      reading.call();
    } catch (Throwable unexpected) {
      throw new AssertionError("expected rows, got " + unexpected, unexpected);
    }
  }

  private static void assertCounts(Outcome expected, long read, long kept, List<QuarantinedRow> quarantined) {
    assertThat(read).as("rows read = kept + quarantined").isEqualTo(kept + quarantined.size());
    assertThat(List.of(read, kept, (long) quarantined.size())).as("read, kept, quarantined")
        .containsExactly(expected.read(), expected.kept(), expected.quarantined());
    if (!expected.lines().isEmpty()) {
      assertThat(quarantined).extracting(QuarantinedRow::line).as("lines of the quarantined rows")
          .containsExactlyElementsOf(expected.lines());
    }
    assertThat(quarantined).allSatisfy(q -> assertThat(q.reason()).isNotBlank())
        .allSatisfy(q -> assertThat(q.toString()).hasSizeLessThanOrEqualTo(LONGEST_MESSAGE).doesNotContain("\n"));
  }
}
