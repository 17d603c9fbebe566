package cascadekit.load;

import java.util.List;

/**
 * One record of a CSV file as text: the file, the physical line it starts on, the header and its
 * values. A row may be ragged: {@link #isComplete} says whether it has one value per column.
 *
 * <pre>{@code
 * CsvReader.of(Dialect.csv()).forEach(file, row -> use(row.line(), row.get("species")));
 * }</pre>
 *
 * @param file the file's name
 * @param line the 1-based physical line the record starts on
 * @param header the file's header
 * @param values the record's values, in file order
 */
public record CsvRow(String file, long line, Header header, List<String> values) {
  /** Copies the values. */
  public CsvRow {
    values = List.copyOf(values);
  }

  /** Returns whether the row has exactly one value per column of the header. */
  public boolean isComplete() {
    return values.size() == header.size();
  }

  /** Returns the value of {@code column}; refuses a column the header or this row lacks. */
  public String get(String column) {
    int position = header.position(column);
    if (position < 0 || position >= values.size()) {
      throw new LoadException(String.format("%s, line %d: no value for column '%s' (%d values, header has %d)",
          file, line, Excerpt.of(column), values.size(), header.size()));
    }
    return values.get(position);
  }

  /** Returns the values joined by {@code delimiter}, as the record roughly read. */
  public String raw(char delimiter) {
    return String.join(String.valueOf(delimiter), values);
  }

  /** Returns the reason this row is ragged, e.g. {@code expected 6 fields, found 5}. */
  public String raggedReason() {
    return "expected " + header.size() + " fields, found " + values.size();
  }
}
