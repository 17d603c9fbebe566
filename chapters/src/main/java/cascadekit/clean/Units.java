package cascadekit.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A cleaning step that brings values written in another unit into the column's declared one:
 * a rule selects the rows in the other unit (a Tablesaw {@link Selection}), a conversion rescales
 * them, and every other row is left exactly as it was.
 *
 * <pre>{@code
 * Cleaned step = Units.convert(visits, "height_cm",
 *     t -> t.numberColumn("height_cm").isLessThan(3), m -> m * 100, 1, "height-metres");
 * }</pre>
 */
public final class Units {
  /** Pounds per kilogram, as the data was written (1 lb is defined as exactly 0.45359237 kg, so 2.2046226...). */
  public static final double POUNDS_PER_KG = 2.20462;

  private Units() {}

  /**
   * Returns a copy of {@code table} with {@code column} converted by {@code convert} in each row
   * {@code inOtherUnit} selects (never in a missing cell), rounded to {@code decimals} places, the
   * precision the column is written in; one change per converted cell, under {@code rule}.
   */
  public static Cleaned convert(Table table, String column, Function<Table, Selection> inOtherUnit,
      DoubleUnaryOperator convert, int decimals, String rule) {
    double scale = Math.pow(10, decimals);
    List<AuditEntry> changes = new ArrayList<>();
    for (int row : inOtherUnit.apply(table)) {
      if (Cells.value(table, column, row) instanceof Number value) {
        double converted = Math.round(convert.applyAsDouble(value.doubleValue()) * scale) / scale;
        changes.add(new AuditEntry(Cells.id(table, row), column, value, converted, rule));
      }
    }
    return Cleaned.by(table, changes);
  }
}
