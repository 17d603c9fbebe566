package cascadekit.examples.ch04;

import cascadekit.clean.GroupMedianImputer;
import cascadekit.data.Datasets;
import cascadekit.model.Split;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

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
record CascadeCost(int trainPatients, Table testVisits, WeightModel truth, WeightModel raw, WeightModel cleaned) {
  /** Returns the three models of {@code run}, trained on 70% of patients (seed 42). */
  static CascadeCost of(CleaningRun run) {
    Table clean = Datasets.clinicVisitsClean().table();
    Split<String> split = Split.of(List.copyOf(new TreeSet<>(clean.stringColumn("patient_id").asList())), 0.3, 42);
    Set<String> train = Set.copyOf(split.train());
    Table test = clean.where(clean.stringColumn("patient_id").isNotIn(train));
    Table cleaned = of(run.cleaned(), train);
    String imputed = GroupMedianImputer.indicator("weight_kg");
    return new CascadeCost(train.size(), test,
        WeightModel.fit(of(clean, train)),
        WeightModel.fit(of(run.raw(), train)),
        // an imputed weight is the imputer's guess, not a measurement: never train on it as a target
        WeightModel.fit(cleaned.where(cleaned.booleanColumn(imputed).isFalse())));
  }

  /** Returns the held-out visits of patients under 155 cm, where a flat slope errs most. */
  Table shortVisits() {
    return testVisits.where(testVisits.numberColumn("height_cm").isLessThan(155));
  }

  private static Table of(Table visits, Set<String> patients) {
    return visits.where(visits.stringColumn("patient_id").isIn(patients));
  }
}
