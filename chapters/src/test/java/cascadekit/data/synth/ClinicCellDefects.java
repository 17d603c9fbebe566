package cascadekit.data.synth;

import static cascadekit.data.synth.VisitColumn.AGE;
import static cascadekit.data.synth.VisitColumn.CLINIC;
import static cascadekit.data.synth.VisitColumn.DIAGNOSIS_CODE;
import static cascadekit.data.synth.VisitColumn.HEIGHT_CM;
import static cascadekit.data.synth.VisitColumn.NAME;
import static cascadekit.data.synth.VisitColumn.SEX;
import static cascadekit.data.synth.VisitColumn.VISIT_DATE;
import static cascadekit.data.synth.VisitColumn.WEIGHT_KG;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Injects the single-cell defects of {@code clinic-visits}: each kind hits a fixed number of
 * distinct cells, never a cell another kind already hit, and never leaves a value unchanged.
 */
final class ClinicCellDefects {
  private static final List<VisitColumn> MEASURED = List.of(AGE, HEIGHT_CM, WEIGHT_KG);
  private static final List<VisitColumn> MISSABLE =
      List.of(AGE, HEIGHT_CM, WEIGHT_KG, SEX, DIAGNOSIS_CODE);

  /** The kinds, with how many cells each hits in a file of 3,000 visits. */
  static final List<CellDefect> KINDS =
      List.of(
          new CellDefect("missing_empty", MISSABLE, 40, (d, v) -> ""),
          new CellDefect("missing_na", MISSABLE, 40, (d, v) -> "NA"),
          new CellDefect("missing_sentinel", MEASURED, 30, (d, v) -> "-999"),
          new CellDefect("missing_unknown", List.of(SEX, DIAGNOSIS_CODE), 30, (d, v) -> "unknown"),
          new CellDefect("unit_height_m", List.of(HEIGHT_CM), 60, (d, v) -> scaled(v, 0.01, 2)),
          new CellDefect("unit_weight_lb", List.of(WEIGHT_KG), 60, (d, v) -> scaled(v, 2.20462, 1)),
          new CellDefect("outlier", List.of(WEIGHT_KG), 15, (d, v) -> scaled(v, 10, 1)),
          new CellDefect("impossible_value", List.of(AGE), 12, (d, v) -> v + d.between(0, 9)),
          new CellDefect("date_format", List.of(VISIT_DATE), 90, ClinicVariants::date),
          new CellDefect("inconsistent_category", List.of(SEX), 150, ClinicVariants::sex),
          new CellDefect("inconsistent_category", List.of(CLINIC), 40, ClinicVariants::caseOrSpace),
          new CellDefect(
              "inconsistent_category", List.of(DIAGNOSIS_CODE), 40, ClinicVariants::code),
          new CellDefect("mojibake", List.of(NAME), 50, (d, v) -> Mojibake.of(v)),
          new CellDefect("mojibake", List.of(CLINIC), 30, (d, v) -> Mojibake.of(v)));

  private final Draw draw;
  private final Set<String> hitCells = new HashSet<>();
  private final Set<Integer> hitRows = new HashSet<>();

  ClinicCellDefects(Draw draw) {
    this.draw = draw;
  }

  /** Returns the rows with every kind injected into copies; adds one entry per cell hit. */
  List<List<String>> inject(List<List<String>> clean, List<ManifestEntry> manifest) {
    List<List<String>> dirty = new ArrayList<>();
    clean.forEach(row -> dirty.add(new ArrayList<>(row)));
    for (CellDefect kind : KINDS) {
      int hit = 0;
      while (hit < kind.count()) {
        int r = draw.between(0, dirty.size() - 1);
        VisitColumn column = draw.pick(kind.columns());
        String value = column.of(clean.get(r));
        String injected = kind.inject().apply(draw, value);
        if (!injected.equals(value) && hitCells.add(r + "/" + column)) {
          dirty.get(r).set(column.ordinal(), injected);
          hitRows.add(r);
          manifest.add(
              new ManifestEntry(
                  VisitColumn.VISIT_ID.of(clean.get(r)), column.header(), kind.defect(), value));
          hit++;
        }
      }
    }
    return dirty;
  }

  /** Returns whether row {@code r} carries any injected cell defect. */
  boolean isHit(int r) {
    return hitRows.contains(r);
  }

  private static String scaled(String value, double factor, int decimals) {
    return Draw.fixed(Double.parseDouble(value) * factor, decimals);
  }
}
