// Mistake: drops the rows whose variety is not one of the four (missing ones included) instead of leaving them
package cascadekit.ch10;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.Cells;
import cascadekit.clean.CategoryMap;
import cascadekit.clean.Cleaned;
import cascadekit.load.Mojibake;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Exercise 10.clean-values: district, variety and enumerator names written one way each. */
public final class CleanValues {
  /** The five survey districts; the key ignores case and spaces, not accents, so name those. */
  private static final CategoryMap DISTRICTS = CategoryMap.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro")
      .alias("Bouake", "Bouaké")
      .alias("Seguela", "Séguéla");

  /** The four seed varieties; "EV8728" and "ev 8728 " share the key of "EV 8728". */
  private static final CategoryMap VARIETIES = CategoryMap.of("Obatanpa", "EV 8728", "DK 8031", "Local");

  private CleanValues() {}

  /** Returns a copy of {@code visits} with every known spelling made canonical; no row dropped. */
  public static Table clean(Table visits) {
    // Mojibake first: "BouakÃ©" has no key the district map knows until it reads "Bouaké" again.
    Cleaned repaired = repairMojibake(visits, List.of("district", "enumerator"));
    Cleaned districts = DISTRICTS.canonicalise(repaired.table(), "district", "district-spelling").cleaned();
    // Each step is a Cleaned: its changes, by rule, are there to log or undo; the pipeline logs them.
    Table cleaned = VARIETIES.canonicalise(districts.table(), "seed_variety", "variety-spelling").cleaned().table();
    return cleaned.where(cleaned.stringColumn("seed_variety").isIn("Obatanpa", "EV 8728", "DK 8031", "Local"));
  }

  /** Returns {@code table} with text in {@code columns} that UTF-8 was read as Windows-1252 repaired. */
  private static Cleaned repairMojibake(Table table, List<String> columns) {
    List<AuditEntry> changes = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      for (String column : columns) {
        if (Cells.value(table, column, row) instanceof String text && Mojibake.isMojibake(text)) {
          changes.add(new AuditEntry(Cells.id(table, row), column, text, Mojibake.repair(text), "mojibake"));
        }
      }
    }
    return Cleaned.by(table, changes);
  }
}
