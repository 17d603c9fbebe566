package cascadekit.ch02;

import java.util.List;

/**
 * Exercise 02.csv-records: read CSV by header name, and know where each record starts.
 *
 * <p>A CSV field may hold the delimiter or a line break when it is quoted, so a line is not a
 * record and a comma is not a field boundary. Use Commons CSV ({@code org.apache.commons.csv})
 * with the first record as the header, and read fields by header name, never by position.
 *
 * <p>Task 1. Return the values of the column named {@code header}, one per record, in order.
 * <pre>{@code
 * column("id,note\n1,\"late, again\"\n2,\"two\nlines\"\n", "note")   // => ["late, again", "two\nlines"]
 * }</pre>
 *
 * <p>Task 2. Return the 1-based line of the file each record starts on. The header is line 1,
 * and a record with a quoted line break spans two lines.
 * <pre>{@code
 * startLines("id,note\n1,\"two\nlines\"\n2,ok\n")   // => [2, 4]
 * }</pre>
 *
 * <p>Task 3. For a header the text does not have, throw an {@code IllegalArgumentException}
 * naming the missing header and the ones there are.
 * <pre>{@code
 * column("id,note\n1,x\n", "city")   // => IllegalArgumentException: no column 'city'; the header has [id, note]
 * }</pre>
 */
public final class CsvRecords {
  private CsvRecords() {}

  /** Returns the values of column {@code header}, one per record. */
  public static List<String> column(String csv, String header) {
    // TODO: tasks 1 and 3: parse with Commons CSV, header first, and read by name.
    throw new UnsupportedOperationException(
        "02.csv-records: CsvRecords.column is not written yet; do task 1, then ./kit check 02.csv-records");
  }

  /** Returns the 1-based line each record starts on. */
  public static List<Long> startLines(String csv) {
    // TODO: task 2: the parser knows how many lines it has read after each record.
    throw new UnsupportedOperationException(
        "02.csv-records: CsvRecords.startLines is not written yet; do task 2, then ./kit check 02.csv-records");
  }
}
