package cascadekit.labeling;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a headed CSV file into rows that remember their line, for errors that say where. */
final class CsvRows {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvRows() {}

  /** One data row: its 1-based line, its file name and its record. */
  record Row(String file, long line, CSVRecord record) {
    /** Returns the value of {@code column}, refusing a blank one with the file, line and column. */
    String get(String column) {
      String value = record.get(column);
      if (value == null || value.isBlank()) {
        throw error(column, value, "empty value");
      }
      return value;
    }

    /** Returns an error naming this row's file, line and {@code column}. */
    IllegalArgumentException error(String column, String value, String reason) {
      return new IllegalArgumentException(
          file + " line " + line + ", column '" + column + "': " + reason + " (value '" + value + "')");
    }
  }

  /** Returns the rows of {@code file}, refusing it when a required column is missing. */
  static List<Row> read(Path file, String... columns) {
    String name = file.getFileName().toString();
    List<Row> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IllegalArgumentException(
              name + " line 1: missing column '" + column + "' (header " + parser.getHeaderNames() + ")");
        }
      }
      long nextLine = 2;
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new IllegalArgumentException(
              name + " line " + nextLine + ": " + record.size() + " values, header has "
                  + parser.getHeaderNames().size());
        }
        rows.add(new Row(name, nextLine, record));
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }
}
