package cascadekit.examples.ch09;

import cascadekit.data.Datasets;
import cascadekit.model.Accuracy;
import cascadekit.model.NearestCentroid;
import cascadekit.model.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.Table;

/**
 * The cascade a missing datasheet starts. A second team fills in missing sex values with the kit's
 * nearest-centroid model, trained on their own records, which keep height in metres. They receive
 * the cleaned visits without a datasheet and assume metres too. Their records are played by the true
 * visits of 30% of patients (seed 42), heights divided by 100; they score the cleaned visits of the
 * other patients.
 *
 * @param scored cleaned visits with a height, a weight and a sex, of patients not in their records
 * @param readRight accuracy when heights are read as centimetres, as the datasheet says
 * @param assumedMetres accuracy when heights are taken for metres
 */
record UnitAssumption(int scored, double readRight, double assumedMetres) {
  /** Returns the two accuracies on {@code cleaned}. */
  static UnitAssumption of(Table cleaned) {
    Table truth = Datasets.clinicVisitsClean().table();
    Split<String> split = Split.of(List.copyOf(new TreeSet<>(truth.stringColumn("patient_id").asList())), 0.3, 42);
    Set<String> theirs = Set.copyOf(split.test());
    Table own = truth.where(truth.stringColumn("patient_id").isIn(theirs));
    NearestCentroid model = NearestCentroid.fit(features(own, cm -> cm / 100), own.stringColumn("sex").asList());
    Table ours = cleaned.where(cleaned.stringColumn("patient_id").isNotIn(theirs)
        .and(cleaned.stringColumn("sex").isIn("F", "M"))
        .and(cleaned.numberColumn("height_cm").isNotMissing())
        .and(cleaned.numberColumn("weight_kg").isNotMissing()));
    List<String> actual = ours.stringColumn("sex").asList();
    return new UnitAssumption(ours.rowCount(),
        Accuracy.of(actual, model.predictAll(features(ours, cm -> cm / 100))),
        Accuracy.of(actual, model.predictAll(features(ours, cm -> cm))));
  }

  /** Returns the accuracy the assumption cost, in percentage points. */
  double costInPoints() {
    return 100 * (readRight - assumedMetres);
  }

  private static List<double[]> features(Table visits, DoubleUnaryOperator toMetres) {
    List<double[]> rows = new ArrayList<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      rows.add(new double[] {toMetres.applyAsDouble(visits.numberColumn("height_cm").getDouble(row)),
          visits.numberColumn("weight_kg").getDouble(row)});
    }
    return rows;
  }
}
