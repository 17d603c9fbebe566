package cascadekit.examples.ch10;

import cascadekit.clean.AuditLog;
import cascadekit.clean.CategoryMap;
import cascadekit.clean.Cleaned;
import cascadekit.clean.ExactDuplicates;
import cascadekit.clean.GroupMedianImputer;
import cascadekit.clean.NearDuplicates;
import cascadekit.clean.Units;
import cascadekit.data.CropSurvey;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The clean stage, with the toolbox's audited steps: district and variety spellings mapped to their canonical names, acres and bags converted to
 * hectares and kilograms, exact and near duplicates removed (the first visit kept), and the
 * missing numbers imputed from the plot's other visits, else the district's. Each step can be
 * skipped, to measure what it is worth.
 *
 * @param table the cleaned visits
 * @param log every change, in order
 */
record CropCleaning(Table table, AuditLog log) {
  /** The steps, in the order they run. */
  enum Step { CATEGORIES, UNITS, DUPLICATES, IMPUTATION }

  static final CategoryMap DISTRICTS = CategoryMap.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro")
      .alias("bouake", "Bouaké").alias("seguela", "Séguéla");
  static final CategoryMap VARIETIES = CategoryMap.of("Obatanpa", "EV 8728", "DK 8031", "Local");
  static final List<String> IMPUTED = List.of("yield", "fertiliser_kg", "rainfall_mm");

  /** Returns {@code loaded} cleaned by every step. */
  static CropCleaning of(Table loaded) {
    return of(loaded, EnumSet.allOf(Step.class));
  }

  /** Returns {@code loaded} cleaned by {@code steps} only. */
  static CropCleaning of(Table loaded, Set<Step> steps) {
    CropCleaning run = new CropCleaning(loaded, AuditLog.empty());
    if (steps.contains(Step.CATEGORIES)) {
      run = run.then(DISTRICTS.canonicalise(run.table, "district", "district-spellings").cleaned());
      run = run.then(VARIETIES.canonicalise(run.table, "seed_variety", "variety-spellings").cleaned());
    }
    if (steps.contains(Step.UNITS)) {
      run = run.then(Units.convert(run.table, "area", t -> t.stringColumn("area_unit").isEqualTo("acre"),
          acres -> acres / CropSurvey.ACRES_PER_HA, 2, "area-acres"));
      run = run.then(CategoryMap.of("ha").alias("acre", "ha").canonicalise(run.table, "area_unit", "area-acres").cleaned());
      run = run.then(Units.convert(run.table, "yield", t -> t.stringColumn("yield_unit").isEqualTo("bag"),
          bags -> bags * CropSurvey.KG_PER_BAG, 0, "yield-bags"));
      run = run.then(CategoryMap.of("kg").alias("bag", "kg").canonicalise(run.table, "yield_unit", "yield-bags").cleaned());
    }
    if (steps.contains(Step.DUPLICATES)) {
      run = run.then(ExactDuplicates.remove(run.table));
      run = run.then(NearDuplicates.removeLater(run.table, nearDuplicates(run.table)));
    }
    if (steps.contains(Step.IMPUTATION)) {
      for (String column : IMPUTED) {
        run = run.then(GroupMedianImputer.impute(run.table, column, List.of("plot_id", "district"), "impute-" + column));
      }
    }
    return run;
  }

  /**
   * Returns the pairs of visits to one plot by one enumerator on one day: a second form for the
   * same visit (a revisit on another day is a new visit).
   */
  static List<NearDuplicates.Pair> nearDuplicates(Table visits) {
    Table keyed = visits.copy();
    StringColumn day = StringColumn.create("visit_day");
    keyed.dateTimeColumn("visited_at").forEach(at -> day.append(at.toLocalDate().toString()));
    keyed.addColumns(day);
    return NearDuplicates.find(keyed, "enumerator", List.of("plot_id", "visit_day"), 1).pairs();
  }

  private CropCleaning then(Cleaned step) {
    return new CropCleaning(step.table(), log.with(step));
  }
}
