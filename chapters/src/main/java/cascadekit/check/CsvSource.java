package cascadekit.check;

import cascadekit.load.Column;
import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.Header;
import cascadekit.load.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tech.tablesaw.api.ColumnType;

/**
 * The rows of a comma-separated UTF-8 file with a header, streamed through {@link CsvReader} in
 * constant memory (only the constraints' own state grows): the schema's columns, typed as it
 * declares, are the layout, known before the first record. A record that is ragged or a value
 * that is not of its declared type stops the run with a {@code LoadException} naming file, line
 * and column: validation reads data the load stage accepted, it does not repair it. Without an
 * id column, a failing row is named by its 1-based number among the data rows (not its line).
 */
final class CsvSource implements RowSource {
  private final Path file;
  private final Schema schema;
  private final RowLayout layout;

  private CsvSource(Path file, Schema schema, RowLayout layout) {
    this.file = file;
    this.schema = schema;
    this.layout = layout;
  }

  /** Returns the rows of {@code file}, read with {@code schema}. */
  static CsvSource of(Path file, Schema schema) {
    List<String> names = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (Column column : schema.columns()) {
      names.add(column.name());
      types.add(type(column));
    }
    return new CsvSource(file, schema, new RowLayout(String.valueOf(file.getFileName()), names, types));
  }

  private static ColumnType type(Column column) {
    return switch (column.type()) {
      case INTEGER -> ColumnType.INTEGER;
      case DECIMAL -> ColumnType.DOUBLE;
      case DATE -> ColumnType.LOCAL_DATE;
      case DATETIME -> ColumnType.LOCAL_DATE_TIME;
      case TEXT -> ColumnType.STRING;
    };
  }

  @Override
  public RowLayout layout() {
    return layout;
  }

  @Override
  public boolean isEmpty() {
    return false; // the reader refuses a file without data rows, before any check reads one
  }

  @Override
  public void forEach(String idColumn, Consumer<RowView> visitor) {
    CsvRecordView[] view = new CsvRecordView[1];
    CsvReader.of(Dialect.csv()).forEach(file, new CsvReader.Handler() {
      @Override
      public void start(Header header) {
        header.require(layout.source(), layout.names());
        view[0] = new CsvRecordView(schema, layout, header, idColumn == null ? -1 : layout.position(idColumn));
      }

      @Override
      public void accept(CsvRow row) {
        view[0].moveTo(row);
        visitor.accept(view[0]);
      }
    });
  }
}
