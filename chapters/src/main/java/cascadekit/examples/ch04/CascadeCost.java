package cascadekit.examples.ch04;

import cascadekit.clean.GroupMedianImputer;
import cascadekit.clean.Values;
import cascadekit.data.Datasets;
import cascadekit.load.Row;
import cascadekit.model.Split;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chapter 04's cascade cost: the same weight model trained on raw, cleaned and true visits of the
 * same patients, scored on the true visits of other patients. Patients, not visits, are split, so
 * no person is on both sides (chapter 07 explains why).
 *
 * @param trainPatients patients whose visits train the models
 * @param testVisits true visits of the held-out patients
 * @param truth the model trained on the true visits
 * @param raw the model trained on the visits as loaded
 * @param cleaned the model trained on the cleaned visits
 */
record CascadeCost(int trainPatients, List<Row> testVisits, WeightModel truth, WeightModel raw, WeightModel cleaned) {
  /** Returns the three models of {@code run}, trained on 70% of patients (seed 42). */
  static CascadeCost of(CleaningRun run) {
    List<Row> clean = Datasets.clinicVisitsClean().result().kept();
    Split<String> split = Split.of(List.copyOf(patients(clean)), 0.3, 42);
    Set<String> train = Set.copyOf(split.train());
    List<Row> test = clean.stream().filter(r -> !train.contains(patient(r))).toList();
    String imputed = GroupMedianImputer.indicator("weight_kg");
    return new CascadeCost(train.size(), test,
        WeightModel.fit(of(clean, train)),
        WeightModel.fit(of(run.raw().list(), train)),
        // an imputed weight is the imputer's guess, not a measurement: never train on it as a target
        WeightModel.fit(of(run.cleaned().list(), train).stream().filter(r -> !Boolean.TRUE.equals(r.get(imputed))).toList()));
  }

  /** Returns the held-out visits of patients under 155 cm, where a flat slope errs most. */
  List<Row> shortVisits() {
    return testVisits.stream().filter(r -> Values.number(r, "height_cm") < 155).toList();
  }

  private static TreeSet<String> patients(List<Row> rows) {
    TreeSet<String> ids = new TreeSet<>();
    rows.forEach(r -> ids.add(patient(r)));
    return ids;
  }

  private static List<Row> of(List<Row> rows, Set<String> patients) {
    return rows.stream().filter(r -> patients.contains(patient(r))).toList();
  }

  private static String patient(Row row) {
    return (String) row.get("patient_id");
  }
}
