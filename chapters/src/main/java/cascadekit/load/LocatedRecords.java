package cascadekit.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVRecord;

/**
 * A parser's records as rows with the physical line each starts on, blank lines skipped, and
 * the parser's failures turned into located errors: a byte outside the charset, a quote fault.
 */
final class LocatedRecords {
  private final Iterator<CSVRecord> iterator;
  private final LineTracker lines;
  private final String name;
  private final Path file;
  private final Dialect dialect;

  LocatedRecords(Iterator<CSVRecord> iterator, LineTracker lines, String name, Path file, Dialect dialect) {
    this.iterator = iterator;
    this.lines = lines;
    this.name = name;
    this.file = file;
    this.dialect = dialect;
  }

  /** Returns the next non-blank record, or null at the end of the file. */
  CsvRow next(Header header) throws IOException {
    while (hasNext()) {
      CSVRecord record = iterator.next();
      long position = record.getCharacterPosition();
      long line = lines.lineAt(position);
      boolean blank = record.size() == 1 && record.get(0).isEmpty() && lines.isBlankLineAt(position);
      if (!blank) {
        return new CsvRow(name, line, header, record.toList());
      }
    }
    return null;
  }

  private boolean hasNext() throws IOException {
    try {
      return iterator.hasNext();
    } catch (UncheckedIOException e) {
      throw e.getCause() instanceof CharacterCodingException
          ? TextDecoder.badByte(name, file, dialect)
          : QuoteFault.locate(name, file, dialect);
    }
  }
}
