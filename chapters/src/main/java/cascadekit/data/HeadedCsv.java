package cascadekit.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a UTF-8 CSV file with a header, one record at a time, each with the 1-based line of
 * the file it starts on (a record with a quoted line break spans two), so loaders can say where
 * a problem is without holding the file in memory.
 *
 * <pre>{@code
 * long read = HeadedCsv.forEach(file, (line, record) -> use(line, record.get("species")), "species");
 * }</pre>
 */
public final class HeadedCsv {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private HeadedCsv() {}

  /** Receives one record and the line it starts on. */
  @FunctionalInterface
  public interface RecordHandler {
    /** Handles {@code record}, which starts on {@code line}. */
    void accept(long line, CSVRecord record);
  }

  /**
   * Returns how many records {@code file} holds, after handing each to {@code handler}; refuses
   * a file whose header lacks one of {@code requiredColumns}, naming it.
   */
  public static long forEach(Path file, RecordHandler handler, String... requiredColumns) {
    String name = file.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      for (String column : requiredColumns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IllegalArgumentException(
              name + " line 1: missing column '" + column + "' (header " + parser.getHeaderNames() + ")");
        }
      }
      long read = 0;
      // After the header, getCurrentLineNumber() is 1; each record starts a line after the last ended.
      long line = parser.getCurrentLineNumber() + 1;
      for (CSVRecord record : parser) {
        read++;
        handler.accept(line, record);
        line = parser.getCurrentLineNumber() + 1;
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
