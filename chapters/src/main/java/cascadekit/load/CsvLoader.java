package cascadekit.load;

import cascadekit.data.Datasets;
import cascadekit.data.LoadResult;
import cascadekit.data.QuarantinedRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a CSV file against a {@link Schema}, losing nothing: every row is kept or quarantined
 * with its line, column and reason; every repaired cell is listed; a file that cannot be read
 * at all fails with a {@link LoadException} naming the file, line and column.
 *
 * <pre>{@code
 * Loaded visits = CsvLoader.of(schema).load(Datasets.path("clinic-visits/visits.csv"));
 * visits.result().reconciliation();  // "3060 rows read = 3020 kept + 40 quarantined"
 * }</pre>
 */
public final class CsvLoader {
  private final Schema schema;
  private final Charset charset;
  private final Dialect dialect;

  private CsvLoader(Schema schema, Charset charset, Dialect dialect) {
    this.schema = schema;
    this.charset = charset;
    this.dialect = dialect;
  }

  /** Returns a loader for {@code schema} that reads UTF-8, comma-separated files. */
  public static CsvLoader of(Schema schema) {
    return new CsvLoader(schema, StandardCharsets.UTF_8, Dialect.csv());
  }

  /** Returns this loader reading {@code charset} instead. */
  public CsvLoader charset(Charset charset) {
    return new CsvLoader(schema, charset, dialect);
  }

  /** Returns this loader reading {@code dialect} instead. */
  public CsvLoader dialect(Dialect dialect) {
    return new CsvLoader(schema, charset, dialect);
  }

  /** Returns what loading {@code file} gave; throws {@link LoadException} if it cannot be read. */
  public Loaded load(Path file) {
    String name = file.getFileName().toString();
    String text = TextDecoder.decode(name, bytes(file, name), charset);
    LineIndex lines = new LineIndex(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setQuote(dialect.quote()).get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new LoadException(name + ": empty file: no header and no rows");
      }
      List<String> header = records.next().toList();
      Map<String, Integer> positions = HeaderCheck.positions(name, header, schema, text);
      RowReader reader = new RowReader(schema, positions, header.size());
      long read = 0;
      List<Row> kept = new ArrayList<>();
      List<QuarantinedRow> quarantined = new ArrayList<>();
      List<CellRepair> repairs = new ArrayList<>();
      long nextLine = parser.getCurrentLineNumber() + 1;
      while (hasNext(records, name, lines, nextLine)) {
        CSVRecord record = records.next();
        long line = lines.lineOf(record.getCharacterPosition());
        nextLine = parser.getCurrentLineNumber() + 1;
        read++;
        RowReader.Outcome outcome = reader.read(line, record, dialect);
        if (outcome.problem() != null) {
          quarantined.add(outcome.problem());
        } else {
          kept.add(outcome.row());
          repairs.addAll(outcome.repairs());
        }
      }
      if (read == 0) {
        throw new LoadException(name + ", line 1: a header and no data rows");
      }
      LoadResult<Row> result = new LoadResult<>(name, read, kept, quarantined);
      return new Loaded(result, repairs, TableBuilder.build(name, schema, kept));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean hasNext(Iterator<CSVRecord> records, String name, LineIndex lines, long recordLine) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new LoadException(lines.unclosedQuote(name, recordLine, dialect));
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

  private static byte[] bytes(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new LoadException(name + ": no such file (looked for " + shown(file) + ")");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        throw new LoadException(name + ": empty file: no header and no rows");
      }
      return bytes;
    } catch (IOException e) {
      throw new LoadException(name + ": cannot be read: " + e.getMessage());
    }
  }
}
