package cascadekit.clean;

import cascadekit.load.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;

/**
 * A cleaning step that brings values written in another unit into the column's declared one:
 * a rule says which rows are in the other unit, a conversion rescales them, and every other row
 * is left exactly as it was.
 *
 * <pre>{@code
 * Cleaned step = Units.convert(visits, "height_cm", row -> height(row) < 3, m -> m * 100, 0, "height-metres");
 * }</pre>
 */
public final class Units {
  /** Pounds per kilogram, as the data was written (1 lb is defined as exactly 0.45359237 kg, so 2.2046226...). */
  public static final double POUNDS_PER_KG = 2.20462;

  private Units() {}

  /**
   * Returns {@code rows} with {@code column} converted by {@code convert} in each row where
   * {@code inOtherUnit} holds (never in a missing cell), rounded to {@code decimals} places, the
   * precision the column is written in; one change per converted cell, under {@code rule}.
   */
  public static Cleaned convert(Rows rows, String column, Predicate<Row> inOtherUnit, DoubleUnaryOperator convert,
      int decimals, String rule) {
    double scale = Math.pow(10, decimals);
    List<AuditEntry> changes = new ArrayList<>();
    for (Row row : rows.list()) {
      if (row.get(column) instanceof Number value && inOtherUnit.test(row)) {
        double converted = Math.round(convert.applyAsDouble(value.doubleValue()) * scale) / scale;
        changes.add(new AuditEntry(rows.id(row), column, value, converted, rule));
      }
    }
    return Cleaned.by(rows, changes);
  }
}
