package cascadekit.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the kit's dataset files for tests, found through {@link Datasets}. */
public final class CsvTestFiles {
  private static final CSVFormat WITH_HEADER =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvTestFiles() {}

  /** Returns the rows of a UTF-8 dataset file as maps from header name to value. */
  public static List<Map<String, String>> rows(String relative) {
    return rows(Datasets.path(relative));
  }

  /** Returns the rows of a UTF-8 CSV file as maps from header name to value. */
  public static List<Map<String, String>> rows(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = WITH_HEADER.parse(reader)) {
      return parser.stream().map(CSVRecord::toMap).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
