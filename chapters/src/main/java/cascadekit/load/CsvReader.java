package cascadekit.load;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

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
      LocatedRecords records = new LocatedRecords(parser.iterator(), lines, name, file, dialect);
      CsvRow first = records.next(Header.numbered(0));
      if (first == null) {
        throw new LoadException(name + ": empty file: no header and no rows");
      }
      Header header = dialect.header() ? header(name, first) : Header.numbered(first.values().size());
      handler.start(header);
      long read = 0;
      CsvRow row = dialect.header() ? records.next(header) : new CsvRow(name, first.line(), header, first.values());
      for (; row != null; row = records.next(header)) {
        read++;
        handler.accept(row);
      }
      if (read == 0) {
        throw new LoadException(name + ", line " + header.line() + ": a header and no data rows");
      }
      return read;
    } catch (CharacterCodingException e) {
      throw TextDecoder.badByte(name, file, dialect);
    } catch (IOException e) {
      throw new LoadException(name + ": cannot be read: " + Excerpt.of(e.getMessage()));
    }
  }

  private Header header(String name, CsvRow first) {
    List<String> names = first.values();
    Dialect sniffed = Dialect.sniff(names.get(0));
    if (names.size() == 1 && sniffed.delimiter() != dialect.delimiter()) {
      long fields = names.get(0).chars().filter(c -> c == sniffed.delimiter()).count() + 1;
      throw new LoadException(String.format("%s, line %d: expected %d fields, found 1: the file looks '%s'-separated",
          name, first.line(), fields, sniffed.delimiter() == '\t' ? "\\t" : String.valueOf(sniffed.delimiter())));
    }
    return Header.of(name, first.line(), names);
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
