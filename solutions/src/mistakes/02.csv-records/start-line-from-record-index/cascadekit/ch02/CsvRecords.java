// Mistake: numbers records from line 2 one by one, so every record after a quoted line break gets a line too early.
package cascadekit.ch02;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
  // The first record is the header; fields are then read by its names. get(), not build():
  // build() is deprecated in Commons CSV 1.14.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvRecords() {}

  /** Returns the values of column {@code header}, one per record. */
  public static List<String> column(String csv, String header) {
    try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
      // Check the header up front: record.get(name) would fail only at the first record, and
      // not at all for a file with no records.
      if (!parser.getHeaderNames().contains(header)) {
        throw new IllegalArgumentException(
            "no column '" + header + "'; the header has " + parser.getHeaderNames());
      }
      List<String> values = new ArrayList<>();
      for (CSVRecord record : parser) {
        values.add(record.get(header)); // the parser has already joined quoted commas and lines
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the 1-based line each record starts on. */
  public static List<Long> startLines(String csv) {
    try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
      List<Long> lines = new ArrayList<>();
      long next = 2;
      for (CSVRecord record : parser) {
        lines.add(next);
        next++;
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
