package cascadekit.examples.ch04;

import cascadekit.data.ClinicVisits;
import cascadekit.load.Column;
import cascadekit.load.Schema;
import java.util.Set;

/**
 * The schema chapter 04 loads {@code clinic-visits} with: chapter 02's, changed in two ways so
 * that cleaning, not loading, makes (and logs) two kinds of change.
 *
 * <ul>
 *   <li>the clinic may be any text: the closed list would quarantine the 40 rows that write a
 *       clinic another way ({@code ZÜRICH}, {@code oslo}); the category step maps them instead;
 *   <li>only the format's own markers, {@code ""} and {@code NA}, are read as missing: the
 *       source's {@code -999} and {@code unknown} stay values, for the missing-marker step to
 *       turn into nulls with an audit entry each.
 * </ul>
 */
final class CleaningSchema {
  private CleaningSchema() {}

  /** Returns chapter 02's schema with any clinic allowed and only "" and NA read as missing. */
  static Schema of() {
    Schema declared = ClinicVisits.schema();
    return new Schema(
        declared.columns().stream().map(CleaningSchema::anyValue).toList(),
        Set.of("", "NA"),
        declared.datePatterns());
  }

  private static Column anyValue(Column column) {
    return new Column(column.name(), column.type(), column.requiresValue(), Set.of(), column.repairsMojibake(),
        column.allowsNonFinite());
  }
}
