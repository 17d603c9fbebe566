package cascadekit.examples.ch07;

import cascadekit.data.LoanApplications;
import cascadekit.model.Auc;
import cascadekit.model.NearestNeighbours;
import cascadekit.model.Scaler;
import cascadekit.split.FittedStatistic;
import cascadekit.split.TrainTest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Chapter 07's loan model and the two pipeline choices a split decision touches: whether the
 * leaky {@code collections_flag} is a feature, and whether the scaler is fitted on all rows or on
 * the training rows only. The model: 15 nearest neighbours on z-scored numbers, the flag, and
 * {@code purpose} one-hot (its categories from the training rows); its score, the AUC of the share
 * of defaulted neighbours on the test rows.
 *
 * @param keepsLeak whether {@code collections_flag} is a feature
 * @param scalerOnAllRows whether the scaler is fitted on training and test rows together
 */
record LoanPipeline(boolean keepsLeak, boolean scalerOnAllRows) {
  /** The numeric features. */
  static final List<String> NUMERIC =
      List.of("age", "income", "employment_years", "credit_score", "amount", "term_months");
  static final String PURPOSE = "purpose";
  static final int K = 15;
  private static final String DEFAULTED = "1";

  /** Returns the columns the model learns from, as an audit's feature roles. */
  List<String> features() {
    List<String> features = new ArrayList<>(scaled());
    features.add(PURPOSE);
    return features;
  }

  /** Returns the AUC on the test side of the model trained on the training side. */
  double auc(TrainTest sides) {
    return auc(sides.train(), sides.test());
  }

  /** Returns the AUC on {@code test} of the model trained on {@code train}. */
  double auc(Table train, Table test) {
    List<String> purposes = new ArrayList<>(new TreeSet<>(train.stringColumn(PURPOSE).asList()));
    List<double[]> trainRows = rows(train, purposes);
    List<double[]> testRows = rows(test, purposes);
    Scaler scaler = scaler(trainRows, testRows);
    NearestNeighbours model = NearestNeighbours.fit(scaler.transformAll(trainRows), labels(train), K);
    return Auc.of(labels(test), model.shares(scaler.transformAll(testRows), DEFAULTED), DEFAULTED);
  }

  /** Returns the mean and sd the scaler used for each number, for the audit to check. */
  List<FittedStatistic> statistics(Table train, Table test) {
    List<String> purposes = List.of();
    Scaler scaler = scaler(rows(train, purposes), rows(test, purposes));
    List<FittedStatistic> statistics = new ArrayList<>();
    for (int j = 0; j < scaled().size(); j++) {
      statistics.add(FittedStatistic.of(scaled().get(j), FittedStatistic.Kind.MEAN, scaler.mean(j)));
      statistics.add(FittedStatistic.of(scaled().get(j), FittedStatistic.Kind.SD, scaler.sd(j)));
    }
    return statistics;
  }

  private Scaler scaler(List<double[]> trainRows, List<double[]> testRows) {
    List<double[]> fittedOn = new ArrayList<>(trainRows);
    if (scalerOnAllRows) {
      fittedOn.addAll(testRows);
    }
    return Scaler.fit(fittedOn);
  }

  private List<String> scaled() {
    List<String> columns = new ArrayList<>(NUMERIC);
    if (keepsLeak) {
      columns.add(LoanApplications.LEAK);
    }
    return columns;
  }

  private List<double[]> rows(Table table, List<String> purposes) {
    List<String> numbers = scaled();
    List<double[]> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      double[] row = new double[numbers.size() + purposes.size()];
      for (int j = 0; j < numbers.size(); j++) {
        row[j] = table.numberColumn(numbers.get(j)).getDouble(r);
      }
      int purpose = purposes.indexOf(table.stringColumn(PURPOSE).get(r));
      if (purpose >= 0) {
        row[numbers.size() + purpose] = 1;
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> labels(Table table) {
    return table.numberColumn(LoanApplications.LABEL).asList().stream()
        .map(v -> Integer.toString(v.intValue())).toList();
  }
}
