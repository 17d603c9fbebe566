package cascadekit.load;

import cascadekit.profile.Profiler;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes, as a CSV file, to the loader and to the profiler: each may succeed or
 * refuse the file with a {@link LoadException}; any other exception is a crash. A normal build
 * replays the committed inputs in {@code ReaderFuzzTestInputs}; {@code -Pfuzz} fuzzes for 60 s.
 */
class ReaderFuzzTest {
  private static final Schema SCHEMA =
      Schema.of(
              Column.of("id", ColumnType.INTEGER).required(),
              Column.of("city", ColumnType.TEXT),
              Column.of("day", ColumnType.DATE),
              Column.of("score", ColumnType.DECIMAL))
          .missingMarkers("", "NA");

  @FuzzTest(maxDuration = "60s")
  void should_load_and_profile_any_bytes_or_refuse_them_with_a_load_exception(byte[] bytes) throws IOException {
    // GIVEN the bytes as a file
    Path file = Files.createTempFile("cascadekit-fuzz-", ".csv");
    try {
      Files.write(file, bytes);
      // WHEN loaded, and WHEN profiled
      RuntimeException loading = failureOf(() -> CsvLoader.of(SCHEMA).load(file));
      RuntimeException profiling = failureOf(() -> Profiler.read(file, SCHEMA.missingMarkers()).profiles());
      // THEN each succeeded or refused the file
      assertRefusedOrNone(loading, "CsvLoader.load");
      assertRefusedOrNone(profiling, "Profiler.read");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static RuntimeException failureOf(Runnable action) {
    try {
      action.run();
      return null;
    } catch (LoadException refused) {
      return null;
    } catch (RuntimeException crash) {
      return crash;
    }
  }

  private static void assertRefusedOrNone(RuntimeException crash, String entryPoint) {
    if (crash != null) {
      throw new AssertionError(entryPoint + " crashed with " + crash + ": it may only succeed or throw LoadException", crash);
    }
  }
}
