package cascadekit.examples.ch04;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.CategoryMap;
import cascadekit.clean.Cleaned;
import cascadekit.clean.DetectionScore;
import cascadekit.clean.ExactDuplicates;
import cascadekit.clean.Fences;
import cascadekit.clean.GroupMedianImputer;
import cascadekit.clean.MissingMarkers;
import cascadekit.clean.NearDuplicates;
import cascadekit.clean.Outliers;
import cascadekit.clean.Units;
import cascadekit.clean.Values;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.CsvLoader;
import cascadekit.load.Loaded;
import cascadekit.load.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** Cleans {@code clinic-visits} end to end, one logged step at a time, scoring each step. */
final class CleaningPipeline {
  private static final List<String> MEASURED = List.of("age", "height_cm", "weight_kg", "sex", "diagnosis_code");
  private static final Set<String> ROW = Set.of(AuditEntry.WHOLE_ROW);
  private static final Set<String> GONE = Set.of("missing_empty", "missing_na", "missing_sentinel", "missing_unknown",
      "outlier", "impossible_value");

  private CleaningPipeline() {}

  /** Returns the run: raw and cleaned tables, the audit log, a report per step. */
  static CleaningRun run() {
    Loaded loaded = CsvLoader.of(CleaningSchema.of()).load(Datasets.path(ClinicVisits.FILE));
    Table raw = loaded.table();
    DefectManifest manifest = DefectManifest.load();
    StepRecorder steps = new StepRecorder(raw, manifest);
    steps.record("mojibake repaired by the loader", new Cleaned(raw, loaderRepairs(loaded)), Set.of("name", "clinic"),
        Set.of("mojibake"));
    steps.record("-999 and unknown to null", MissingMarkers.of("-999", "unknown").normalise(steps.table(), MEASURED),
        Set.copyOf(MEASURED), Set.of("missing_sentinel", "missing_unknown"));
    SortedMap<String, Integer> unmapped = new TreeMap<>();
    categories(steps, "sex", ClinicRules.SEX, unmapped);
    categories(steps, "diagnosis_code", ClinicRules.DIAGNOSIS, unmapped);
    categories(steps, "clinic", ClinicRules.CLINIC, unmapped);
    steps.record("later copies of a row removed", ExactDuplicates.remove(steps.table()), ROW, Set.of("exact_duplicate"));
    NearDuplicates.Found byDate = NearDuplicates.find(steps.table(), "name", List.of("visit_date"), 2);
    NearDuplicates.Found near = NearDuplicates.find(steps.table(), "name", List.of("visit_date", "patient_id"), 2);
    Set<String> nearDefects = Set.of("near_duplicate_case", "near_duplicate_whitespace", "near_duplicate_typo");
    DetectionScore byDateScore = DetectionScore.of(
        byDate.pairs().stream().map(p -> DefectManifest.key(p.later(), AuditEntry.WHOLE_ROW)).collect(Collectors.toSet()),
        manifest.cells(nearDefects, ROW));
    steps.record("near copies removed (name, date, patient)", NearDuplicates.removeLater(steps.table(), near.pairs()), ROW, nearDefects);
    steps.record("heights under 3 (metres) x 100",
        Units.convert(steps.table(), "height_cm", ClinicRules::heightInMetres, m -> m * 100, 1, "height-metres"),
        Set.of("height_cm"), Set.of("unit_height_m"));
    impute(steps, "height_cm");
    Set<String> outliers = manifest.cells(Set.of("outlier"), Set.of("weight_kg"));
    Map<String, DetectionScore> beforeUnits = OutlierRules.score(steps.table(), "weight_kg", outliers);
    steps.record("weights in pounds (BMI rule) to kg",
        Units.convert(steps.table(), "weight_kg", ClinicRules::weightInPounds, lb -> lb / Units.POUNDS_PER_KG, 1, "weight-pounds"),
        Set.of("weight_kg"), Set.of("unit_weight_lb"));
    Map<String, DetectionScore> afterUnits = OutlierRules.score(steps.table(), "weight_kg", outliers);
    Fences robust = Fences.robustZ(Values.observed(steps.table(), "weight_kg"), 3.5);
    steps.record("weights with robust z > 3.5 to null",
        Outliers.setMissing(steps.table(), "weight_kg", Outliers.flag(steps.table(), "weight_kg", robust), "weight-outliers"),
        Set.of("weight_kg"), Set.of("outlier"));
    steps.record("ages over 120 to null", Outliers.setMissing(steps.table(), "age",
        Outliers.flag(steps.table(), "age", Fences.domain(0, ClinicRules.MAX_AGE)), "age-domain"), Set.of("age"),
        Set.of("impossible_value"));
    impute(steps, "weight_kg");
    impute(steps, "age");
    return new CleaningRun(loaded.result().reconciliation(), raw, steps.table(), steps.log(), steps.reports(), unmapped, byDate, byDateScore, near, beforeUnits, afterUnits);
  }

  private static void categories(StepRecorder steps, String column, CategoryMap map, SortedMap<String, Integer> unmapped) {
    CategoryMap.Canonicalised step = map.canonicalise(steps.table(), column, column + "-categories");
    step.unmapped().forEach((value, n) -> unmapped.put(column + " '" + value + "'", n));
    steps.record("variants to canonical values", step.cleaned(), Set.of(column), Set.of("inconsistent_category"));
  }

  private static void impute(StepRecorder steps, String column) {
    steps.record("null to median of patient, else of sex",
        GroupMedianImputer.impute(steps.table(), column, List.of("patient_id", "sex"), "impute-" + column), Set.of(column), GONE);
  }

  /** Returns the loader's mojibake repairs as audit entries, named by visit id instead of line. */
  private static List<AuditEntry> loaderRepairs(Loaded loaded) {
    Map<Long, String> idByLine = new HashMap<>();
    for (Row row : loaded.result().kept()) {
      idByLine.put(row.line(), (String) row.get("visit_id"));
    }
    return loaded.repairs().stream()
        .map(r -> new AuditEntry(idByLine.get(r.line()), r.column(), r.before(), r.after(), "loader-mojibake"))
        .toList();
  }
}
