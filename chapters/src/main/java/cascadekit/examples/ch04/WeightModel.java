package cascadekit.examples.ch04;

import cascadekit.clean.Values;
import cascadekit.load.Row;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The cascade's downstream model: weight (kg) predicted from height (cm) and sex by ordinary
 * least squares (Commons Math), as a dosing or nutrition screen might. A row is used to train
 * when it has all three values; sex counts as female only when it reads exactly {@code F}, as a
 * pipeline that never looked at the data would encode it.
 */
final class WeightModel {
  private final double[] beta;

  private WeightModel(double[] beta) {
    this.beta = beta;
  }

  /** Returns the model fitted to the rows of {@code rows} that have a height, a weight and a sex. */
  static WeightModel fit(List<Row> rows) {
    List<Row> complete = rows.stream()
        .filter(r -> !Double.isNaN(Values.number(r, "height_cm")) && !Double.isNaN(Values.number(r, "weight_kg")))
        .filter(r -> r.get("sex") != null)
        .toList();
    double[] y = complete.stream().mapToDouble(r -> Values.number(r, "weight_kg")).toArray();
    double[][] x = complete.stream().map(WeightModel::features).toArray(double[][]::new);
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    return new WeightModel(ols.estimateRegressionParameters());
  }

  /** Returns the predicted weight of {@code row}, in kg. */
  double predict(Row row) {
    double[] x = features(row);
    return beta[0] + beta[1] * x[0] + beta[2] * x[1];
  }

  /** Returns the mean absolute error of the predictions for {@code rows}, against their weights. */
  double meanAbsoluteError(List<Row> rows) {
    return rows.stream().mapToDouble(r -> Math.abs(predict(r) - Values.number(r, "weight_kg"))).average().orElseThrow();
  }

  /** Returns the coefficient of height: kg per cm. */
  double kgPerCm() {
    return beta[1];
  }

  private static double[] features(Row row) {
    return new double[] {Values.number(row, "height_cm"), "F".equals(row.get("sex")) ? 1 : 0};
  }
}
