package cascadekit.load.hostile;

import cascadekit.load.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One file of the hostile corpus: its name, its bytes (made when the test runs), the dialect it
 * is read in, and what the loader and the profiler must make of it. The profiler has no schema,
 * so it quarantines only ragged rows; an error of the reader is the same for both.
 *
 * @param name the file's name
 * @param bytes makes the file's bytes
 * @param dialect the dialect to read the written file in
 * @param loader what the schema loader must give
 * @param profiler what the streaming profiler must give
 */
record HostileFile(
    String name, Supplier<byte[]> bytes, Function<Path, Dialect> dialect, Outcome loader, Outcome profiler) {

  /** Returns a UTF-8 file read as plain CSV, the profiler failing alike or quarantining nothing. */
  static HostileFile of(String name, String text, Outcome loader) {
    return of(name, () -> text.getBytes(StandardCharsets.UTF_8), loader);
  }

  /** Returns a file of {@code bytes} read as plain CSV, the profiler failing alike or quarantining nothing. */
  static HostileFile of(String name, Supplier<byte[]> bytes, Outcome loader) {
    Outcome profiler = loader.isError() ? loader : Outcome.rows(loader.read(), loader.read(), 0);
    return new HostileFile(name, bytes, file -> Dialect.csv(), loader, profiler);
  }

  /** Returns this file, of which the profiler quarantines {@code rows} ragged rows. */
  HostileFile ragged(long rows) {
    return profiler(Outcome.rows(loader.read(), loader.read() - rows, rows));
  }

  /** Returns this file, of which the profiler gives {@code outcome}. */
  HostileFile profiler(Outcome outcome) {
    return new HostileFile(name, bytes, dialect, loader, outcome);
  }

  /** Returns this file, read in the dialect sniffed from it. */
  HostileFile sniffed() {
    return in(file -> Dialect.sniff(file, StandardCharsets.UTF_8));
  }

  /** Returns this file, read in the dialect {@code dialect} gives. */
  HostileFile in(Function<Path, Dialect> dialect) {
    return new HostileFile(name, bytes, dialect, loader, profiler);
  }

  @Override
  public String toString() {
    return name;
  }
}
