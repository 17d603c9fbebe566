package cascadekit.load;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The kit's one CSV reader, on Commons CSV: the schema loader, the profiler and every dataset
 * loader read through it. It streams records to a handler in constant memory, each with the
 * physical line it starts on (under any line ending, past blank lines and quoted line breaks);
 * blank lines are not records. A file it cannot read fails with a {@link LoadException} that
 * names the file and, where there is one, the line and column.
 *
 * <pre>{@code
 * long read = CsvReader.of(Dialect.csv()).forEach(file, row -> use(row.line(), row.get("species")));
 * List<CsvRow> rows = CsvReader.of(Dialect.sniff(file, UTF_8)).rows(file);  // teaching sizes
 * }</pre>
 */
public final class CsvReader {
  private final Dialect dialect;

  private CsvReader(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Returns a reader of files in {@code dialect}. */
  public static CsvReader of(Dialect dialect) {
    return new CsvReader(dialect);
  }

  /** Receives a file's header, then each of its records in order. */
  public interface Handler {
    /** Receives the header, before any record. */
    default void start(Header header) {}

    /** Receives one record. */
    void accept(CsvRow row);
  }

  /** Returns every record of {@code file}, held in memory: for files of teaching size. */
  public List<CsvRow> rows(Path file) {
    List<CsvRow> rows = new ArrayList<>();
    forEach(file, rows::add);
    return rows;
  }

  /** Returns how many records {@code file} holds, after handing its header and each record to {@code handler}. */
  public long forEach(Path file, Handler handler) {
    String name = String.valueOf(file.getFileName());
    if (!Files.isRegularFile(file)) {
      throw new LoadException(name + ": no such file (looked for " + shown(file) + ")");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(dialect.delimiter())
        .setQuote(dialect.quote())
        .setIgnoreEmptyLines(false)
        .get();
    try (Reader text = TextDecoder.open(file, dialect);
        LineTracker lines = new LineTracker(text);
        CSVParser parser = format.parse(lines)) {
      Records records = new Records(parser.iterator(), lines, name, file);
      CsvRow first = records.next(Header.numbered(0));
      if (first == null) {
        throw new LoadException(name + ": empty file: no header and no rows");
      }
      Header header = dialect.header() ? header(name, first.values()) : Header.numbered(first.values().size());
      handler.start(header);
      long read = 0;
      for (CsvRow row = dialect.header() ? records.next(header) : first; row != null; row = records.next(header)) {
        read++;
        handler.accept(new CsvRow(name, row.line(), header, row.values()));
      }
      if (read == 0) {
        throw new LoadException(name + ", line 1: a header and no data rows");
      }
      return read;
    } catch (CharacterCodingException e) {
      throw decodingError(name, file);
    } catch (IOException e) {
      throw new LoadException(name + ": cannot be read: " + Excerpt.of(e.getMessage()));
    }
  }

  private LoadException decodingError(String name, Path file) {
    try {
      return TextDecoder.badByte(name, file, dialect);
    } catch (IOException e) {
      return new LoadException(name + ": cannot be read: " + Excerpt.of(e.getMessage()));
    }
  }

  private Header header(String name, List<String> names) {
    Dialect sniffed = Dialect.sniff(names.get(0));
    if (names.size() == 1 && sniffed.delimiter() != dialect.delimiter()) {
      long fields = names.get(0).chars().filter(c -> c == sniffed.delimiter()).count() + 1;
      throw new LoadException(String.format("%s, line 1: expected %d fields, found 1: the file looks '%s'-separated",
          name, fields, sniffed.delimiter() == '\t' ? "\\t" : String.valueOf(sniffed.delimiter())));
    }
    return Header.of(name, names);
  }

  /** The parser's records as rows with their lines, blank lines skipped, faults located. */
  private final class Records {
    private final Iterator<CSVRecord> iterator;
    private final LineTracker lines;
    private final String name;
    private final Path file;

    Records(Iterator<CSVRecord> iterator, LineTracker lines, String name, Path file) {
      this.iterator = iterator;
      this.lines = lines;
      this.name = name;
      this.file = file;
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
            ? decodingError(name, file)
            : QuoteFault.locate(name, file, dialect);
      }
    }
  }

  /** Returns {@code file} relative to the kit's root when it lies below it, else absolute. */
  private static Path shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path root = Datasets.root();
      return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    } catch (RuntimeException noKitHere) {
      return absolute;
    }
  }
}
