package cascadekit.load;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a CSV file against a {@link Schema}, losing nothing: every row is kept or quarantined
 * with its line, column and reason; every repaired cell is listed; a file that cannot be read
 * at all fails with a {@link LoadException} naming the file, line and column. It reads through
 * {@link CsvReader}, in the dialect given (UTF-8 CSV by default).
 *
 * <pre>{@code
 * Loaded visits = CsvLoader.of(schema).load(Datasets.path("clinic-visits/visits.csv"));
 * visits.result().reconciliation();  // "3060 rows read = 3020 kept + 40 quarantined"
 * CsvLoader.of(schema).dialect(Dialect.sniff(file, UTF_8)).load(file);
 * }</pre>
 */
public final class CsvLoader {
  private final Schema schema;
  private final Dialect dialect;

  private CsvLoader(Schema schema, Dialect dialect) {
    this.schema = schema;
    this.dialect = dialect;
  }

  /** Returns a loader for {@code schema} that reads UTF-8, comma-separated files. */
  public static CsvLoader of(Schema schema) {
    return new CsvLoader(schema, Dialect.csv());
  }

  /** Returns this loader reading {@code charset} instead. */
  public CsvLoader charset(Charset charset) {
    return new CsvLoader(schema, dialect.charset(charset));
  }

  /** Returns this loader reading {@code dialect} instead. */
  public CsvLoader dialect(Dialect dialect) {
    return new CsvLoader(schema, dialect);
  }

  /** Returns what loading {@code file} gave; throws {@link LoadException} if it cannot be read. */
  public Loaded load(Path file) {
    String name = String.valueOf(file.getFileName());
    List<Row> kept = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>();
    List<CellRepair> repairs = new ArrayList<>();
    long read = CsvReader.of(dialect).forEach(file, new CsvReader.Handler() {
      private RowReader reader;

      @Override
      public void start(Header header) {
        Map<String, Integer> positions = HeaderCheck.positions(name, header, schema, dialect);
        reader = new RowReader(schema, positions, dialect);
      }

      @Override
      public void accept(CsvRow row) {
        RowReader.Outcome outcome = reader.read(row);
        if (outcome.problem() != null) {
          quarantined.add(outcome.problem());
        } else {
          kept.add(outcome.row());
          repairs.addAll(outcome.repairs());
        }
      }
    });
    LoadResult<Row> result = new LoadResult<>(name, read, kept, quarantined);
    return new Loaded(result, repairs, TableBuilder.build(name, schema, kept));
  }
}
