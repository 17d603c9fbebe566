package cascadekit.data.synth;

import static cascadekit.data.synth.CropColumn.AREA;
import static cascadekit.data.synth.CropColumn.AREA_UNIT;
import static cascadekit.data.synth.CropColumn.DISTRICT;
import static cascadekit.data.synth.CropColumn.ENUMERATOR;
import static cascadekit.data.synth.CropColumn.FERTILISER_KG;
import static cascadekit.data.synth.CropColumn.IRRIGATED;
import static cascadekit.data.synth.CropColumn.LAT;
import static cascadekit.data.synth.CropColumn.LON;
import static cascadekit.data.synth.CropColumn.RAINFALL_MM;
import static cascadekit.data.synth.CropColumn.SEED_VARIETY;
import static cascadekit.data.synth.CropColumn.YIELD;
import static cascadekit.data.synth.CropColumn.YIELD_UNIT;

import cascadekit.data.CropSurvey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Injects the single-cell defects of {@code crop-survey}: each kind hits a fixed number of distinct
 * cells of true visits, never a cell another kind already hit, and never leaves a value unchanged.
 * A unit defect also sets the row's unit column ({@code acre}, {@code bag}); mojibake only hits
 * tool A's files, whose bytes are UTF-8.
 */
final class CropCellDefects {
  /**
   * A kind of cell defect.
   *
   * @param defect the kind, as the manifest names it
   * @param columns the columns it may hit
   * @param count how many cells it hits
   * @param inject the dirty value for a true value
   */
  record Kind(
      String defect,
      List<CropColumn> columns,
      int count,
      BiFunction<Draw, String, String> inject) {}

  private static final List<CropColumn> MISSABLE =
      List.of(YIELD, FERTILISER_KG, SEED_VARIETY, IRRIGATED, RAINFALL_MM);

  /** The kinds, with how many cells each hits. */
  static final List<Kind> KINDS =
      List.of(
          new Kind("missing_empty", MISSABLE, 40, (d, v) -> ""),
          new Kind("missing_na", MISSABLE, 40, (d, v) -> "NA"),
          new Kind(
              "missing_sentinel", List.of(YIELD, FERTILISER_KG, RAINFALL_MM), 30, (d, v) -> "-99"),
          new Kind(
              "missing_not_applicable",
              List.of(FERTILISER_KG, SEED_VARIETY, IRRIGATED),
              30,
              (d, v) -> "n/a"),
          new Kind(
              "unit_acre",
              List.of(AREA),
              120,
              (d, v) -> Draw.fixed(Double.parseDouble(v) * CropSurvey.ACRES_PER_HA, 2)),
          new Kind(
              "unit_bag",
              List.of(YIELD),
              120,
              (d, v) -> Draw.fixed(Double.parseDouble(v) / CropSurvey.KG_PER_BAG, 1)),
          new Kind("impossible_negative_area", List.of(AREA), 10, (d, v) -> "-" + v),
          new Kind(
              "impossible_yield",
              List.of(YIELD),
              10,
              (d, v) -> Integer.toString(Integer.parseInt(v) * d.between(30, 60))),
          new Kind(
              "gps_outside_region",
              List.of(LAT, LON),
              12,
              (d, v) -> v.startsWith("-") ? v.substring(1) : "-" + v),
          new Kind("inconsistent_district", List.of(DISTRICT), 60, CropVariants::variant),
          new Kind("inconsistent_variety", List.of(SEED_VARIETY), 60, CropVariants::variant),
          new Kind("mojibake", List.of(DISTRICT, ENUMERATOR), 40, (d, v) -> Mojibake.of(v)));

  private static final Map<String, CropColumn> UNIT_COLUMN =
      Map.of("unit_acre", AREA_UNIT, "unit_bag", YIELD_UNIT);
  private static final Map<String, String> UNIT = Map.of("unit_acre", "acre", "unit_bag", "bag");

  private final Draw draw;
  private final Set<String> hitCells = new HashSet<>();
  private final Set<Integer> hitRows = new HashSet<>();

  CropCellDefects(Draw draw) {
    this.draw = draw;
  }

  /**
   * Injects every kind into {@code dirty} (copies of {@code truth}, rows {@code allowed} only);
   * adds one entry per cell.
   */
  void inject(
      List<List<String>> truth,
      List<List<String>> dirty,
      List<Integer> allowed,
      List<ManifestEntry> manifest) {
    for (Kind kind : KINDS) {
      int hit = 0;
      while (hit < kind.count()) {
        int r = draw.pick(allowed);
        CropColumn column = draw.pick(kind.columns());
        String value = column.of(truth.get(r));
        String injected = kind.inject().apply(draw, value);
        boolean toolA =
            !CropSurveyGenerator.TOOL_B_FILE.equals(CropSurveyGenerator.fileOf(truth.get(r)));
        if ((toolA || !kind.defect().equals("mojibake"))
            && !injected.equals(value)
            && hitCells.add(r + "/" + column)) {
          dirty.get(r).set(column.ordinal(), injected);
          if (UNIT.containsKey(kind.defect())) {
            dirty.get(r).set(UNIT_COLUMN.get(kind.defect()).ordinal(), UNIT.get(kind.defect()));
          }
          hitRows.add(r);
          manifest.add(
              new ManifestEntry(
                  CropColumn.VISIT_ID.of(truth.get(r)), column.header(), kind.defect(), value));
          hit++;
        }
      }
    }
  }

  /** Returns whether row {@code r} carries an injected cell defect. */
  boolean isHit(int r) {
    return hitRows.contains(r);
  }

  /**
   * Returns whether the cell of row {@code r} in {@code column} carries an injected cell defect.
   */
  boolean isHit(int r, CropColumn column) {
    return hitCells.contains(r + "/" + column);
  }
}
