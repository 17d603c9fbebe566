package cascadekit.labeling;

import cascadekit.data.HeadedCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Reads a headed CSV file into rows that remember their line, for errors that say where. */
final class CsvRows {
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
    HeadedCsv.forEach(
        file,
        (line, record) -> {
          if (!record.isConsistent()) {
            throw new IllegalArgumentException(
                name + " line " + line + ": " + record.size() + " values, header has "
                    + record.getParser().getHeaderNames().size());
          }
          rows.add(new Row(name, line, record));
        },
        columns);
    return rows;
  }
}
