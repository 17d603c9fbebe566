package cascadekit.split;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Normalised cells and row fingerprints for finding the same row on both sides of a split. A cell
 * is normalised before it is compared: text trimmed, lower-cased and its inner spaces collapsed; a
 * number in canonical form ({@code 34100}, {@code 34100.0} and {@code 3.41E4} are all {@code
 * 34100}); a missing cell a marker of its own. A row's fingerprint is the SHA-256 of its normalised
 * cells in the given columns.
 *
 * <pre>{@code
 * RowKeys.cell(table, "purpose", 0);                       // " Car " => "car"
 * RowKeys.fingerprint(table, List.of("income", "purpose"), 0);   // 64 hex digits
 * }</pre>
 */
final class RowKeys {
  private static final String MISSING = "\u2400";
  private static final String SEPARATOR = "\u001f";

  private RowKeys() {}

  /** Returns the normalised text of {@code column} in row {@code row}. */
  static String cell(Table table, String column, int row) {
    Column<?> values = table.column(column);
    if (values.isMissing(row)) {
      return MISSING;
    }
    if (values instanceof NumberColumn<?, ?> numbers) {
      double value = numbers.getDouble(row);
      return value == 0 ? "0" : new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    return values.getString(row).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Returns the SHA-256, in hex, of the normalised cells of {@code columns} in row {@code row}. */
  static String fingerprint(Table table, List<String> columns, int row) {
    StringBuilder text = new StringBuilder();
    for (String column : columns) {
      text.append(cell(table, column, row)).append(SEPARATOR);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Returns the name of row {@code row}: its id when there is an id column, else {@code row N}. */
  static String name(Table table, String idColumn, int row) {
    return idColumn == null ? "row " + row : table.column(idColumn).getString(row);
  }
}
