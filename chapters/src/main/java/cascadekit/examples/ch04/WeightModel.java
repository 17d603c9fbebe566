package cascadekit.examples.ch04;

import java.util.stream.IntStream;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import tech.tablesaw.api.Table;

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

  /** Returns the model fitted to the rows of {@code visits} that have a height, a weight and a sex. */
  static WeightModel fit(Table visits) {
    Table complete = visits.where(visits.numberColumn("height_cm").isNotMissing()
        .and(visits.numberColumn("weight_kg").isNotMissing())
        .and(visits.stringColumn("sex").isNotMissing()));
    double[] y = complete.numberColumn("weight_kg").asDoubleArray();
    double[][] x = new double[complete.rowCount()][];
    for (int row = 0; row < complete.rowCount(); row++) {
      x[row] = features(complete, row);
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    return new WeightModel(ols.estimateRegressionParameters());
  }

  /** Returns the mean absolute error of the predictions for {@code visits}, against their weights. */
  double meanAbsoluteError(Table visits) {
    return IntStream.range(0, visits.rowCount())
        .mapToDouble(row -> Math.abs(predict(visits, row) - visits.numberColumn("weight_kg").getDouble(row)))
        .average()
        .orElseThrow();
  }

  private double predict(Table visits, int row) {
    double[] x = features(visits, row);
    return beta[0] + beta[1] * x[0] + beta[2] * x[1];
  }

  /** Returns the coefficient of height: kg per cm. */
  double kgPerCm() {
    return beta[1];
  }

  private static double[] features(Table visits, int row) {
    return new double[] {visits.numberColumn("height_cm").getDouble(row), "F".equals(visits.getString(row, "sex")) ? 1 : 0};
  }
}
