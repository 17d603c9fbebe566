package cascadekit.examples.ch09;

import cascadekit.clean.AuditLog;
import cascadekit.clean.CategoryMap;
import cascadekit.clean.Cleaned;
import cascadekit.clean.ExactDuplicates;
import cascadekit.clean.Fences;
import cascadekit.clean.GroupMedianImputer;
import cascadekit.clean.NearDuplicates;
import cascadekit.clean.Outliers;
import cascadekit.clean.Units;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Chapter 04's cleaning of the loaded visits, with the toolbox: sex variants to {@code F}/{@code
 * M}, exact and near duplicates removed, metres and pounds converted, ages over 120 set
 * missing, missing heights and weights imputed. Every change goes to the audit log.
 *
 * @param table the cleaned visits
 * @param log every change, in order
 */
record ClinicCleaning(Table table, AuditLog log) {
  private static final CategoryMap SEX = CategoryMap.of("F", "M").alias("female", "F").alias("male", "M");
  private static final List<String> GROUPS = List.of("patient_id", "sex");

  /** Returns {@code loaded}, cleaned step by step. */
  static ClinicCleaning of(Table loaded) {
    ClinicCleaning run = new ClinicCleaning(loaded, AuditLog.empty());
    run = run.then(SEX.canonicalise(run.table, "sex", "sex-categories").cleaned());
    run = run.then(ExactDuplicates.remove(run.table));
    run = run.then(NearDuplicates.removeLater(run.table,
        NearDuplicates.find(run.table, "name", List.of("visit_date", "patient_id"), 2).pairs()));
    run = run.then(Units.convert(run.table, "height_cm", t -> t.numberColumn("height_cm").isLessThan(3),
        m -> m * 100, 1, "height-metres"));
    run = run.then(Units.convert(run.table, "weight_kg", ClinicCleaning::inPounds,
        lb -> lb / Units.POUNDS_PER_KG, 1, "weight-pounds"));
    run = run.then(Outliers.setMissing(run.table, "age",
        Outliers.flag(run.table, "age", Fences.domain(0, 120)), "age-domain"));
    run = run.then(GroupMedianImputer.impute(run.table, "height_cm", GROUPS, "impute-height_cm"));
    return run.then(GroupMedianImputer.impute(run.table, "weight_kg", GROUPS, "impute-weight_kg"));
  }

  private ClinicCleaning then(Cleaned step) {
    return new ClinicCleaning(step.table(), log.with(step));
  }

  /** Returns the rows whose weight gives a body-mass index over 40 as kg and at most 40 as pounds. */
  private static Selection inPounds(Table visits) {
    DoubleColumn metres = visits.numberColumn("height_cm").divide(100);
    DoubleColumn bmi = visits.numberColumn("weight_kg").divide(metres.power(2));
    return bmi.isGreaterThan(40).and(bmi.divide(Units.POUNDS_PER_KG).isLessThanOrEqualTo(40));
  }
}
