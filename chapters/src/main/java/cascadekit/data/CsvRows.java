package cascadekit.data;

import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.Excerpt;
import cascadekit.load.Header;
import cascadekit.load.LoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a headed CSV file into rows that remember their line, for errors that say where. */
final class CsvRows {
  private CsvRows() {}

  /** One data row: its file, 1-based line and values. */
  record Row(CsvRow record) {
    /** Returns the 1-based line the row starts on. */
    long line() {
      return record.line();
    }

    /** Returns the value of {@code column}, refusing a blank one with the file, line and column. */
    String get(String column) {
      String value = record.get(column);
      if (value == null || value.isBlank()) {
        throw error(column, value, "empty value");
      }
      return value;
    }

    /** Returns an error naming this row's file, line and {@code column}. */
    LoadException error(String column, String value, String reason) {
      return new LoadException(
          record.file() + ", line " + line() + ", column '" + column + "': " + reason + " (value '" + Excerpt.of(value) + "')");
    }
  }

  /** Returns the rows of {@code file}, refusing it when a required column is missing or a row is ragged. */
  static List<Row> read(Path file, String... columns) {
    String name = file.getFileName().toString();
    List<Row> rows = new ArrayList<>();
    CsvReader.of(Dialect.csv())
        .forEach(
            file,
            new CsvReader.Handler() {
              @Override
              public void start(Header header) {
                header.require(name, List.of(columns));
              }

              @Override
              public void accept(CsvRow record) {
                if (!record.isComplete()) {
                  throw new LoadException(name + ", line " + record.line() + ": " + record.raggedReason());
                }
                rows.add(new Row(record));
              }
            });
    return rows;
  }
}
