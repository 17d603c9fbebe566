package cascadekit.ch10;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.Cells;
import cascadekit.clean.Cleaned;
import cascadekit.clean.Units;
import cascadekit.data.CropSurvey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.Table;

/** Exercise 10.convert-units: every area in hectares, every yield in kilograms. */
public final class ConvertUnits {
  private ConvertUnits() {}

  /** Returns a copy of {@code visits} with acres made hectares and bags made kilograms. */
  public static Table toCanonical(Table visits) {
    // An acre is smaller than a hectare: divide. Areas are written to 2 decimals, yields in whole kg.
    Table hectares = convert(visits, "area", "acre", "ha", acres -> acres / CropSurvey.ACRES_PER_HA, 2);
    return convert(hectares, "yield", "bag", "kg", bags -> bags * CropSurvey.KG_PER_BAG, 0);
  }

  /** Returns {@code table} with {@code column} converted where its unit column says {@code from}, and the unit made {@code to}. */
  private static Table convert(Table table, String column, String from, String to, DoubleUnaryOperator factor, int decimals) {
    String unit = column + "_unit";
    Cleaned values = Units.convert(table, column, t -> t.stringColumn(unit).isEqualTo(from), factor, decimals, column + "-" + from);
    // The unit column changes with the values, in the same audited way, so no row says "acre" over hectares.
    List<AuditEntry> units = new ArrayList<>();
    for (int row : values.table().stringColumn(unit).isEqualTo(from)) {
      units.add(new AuditEntry(Cells.id(table, row), unit, from, to, column + "-" + from));
    }
    return Cleaned.by(values.table(), units).table();
  }
}
