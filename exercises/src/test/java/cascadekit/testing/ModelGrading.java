package cascadekit.testing;

import cascadekit.data.CropSurvey;
import cascadekit.model.NearestNeighbours;
import cascadekit.model.Scaler;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The capstone's yardstick model: the kit's 15-nearest-neighbours classifier on z-scored feature
 * columns, fitted on one table and scored on another. A number column is used as it is (a missing
 * cell becomes the training mean); a text column becomes one 0/1 column per value seen in
 * training. The predicted class is the one most of the 15 neighbours carry, ties to the class
 * first in {@link CropSurvey#CLASSES}.
 */
public final class ModelGrading {
  /** The neighbours that vote. */
  public static final int K = 15;

  /** The column the model predicts. */
  public static final String LABEL = "label";

  private final List<String> features;
  private final List<List<String>> categories;
  private final double[] means;
  private final Scaler scaler;
  private final NearestNeighbours model;

  private ModelGrading(Table train, List<String> features) {
    this.features = List.copyOf(features);
    this.categories = new ArrayList<>();
    for (String feature : features) {
      Column<?> column = train.column(feature);
      List<String> values = new ArrayList<>();
      if (!(column instanceof NumberColumn)) {
        for (int row = 0; row < train.rowCount(); row++) {
          values.add(column.getString(row));
        }
      }
      categories.add(List.copyOf(new TreeSet<>(values)));
    }
    this.means = new double[features.size()];
    for (int j = 0; j < features.size(); j++) {
      means[j] = train.column(features.get(j)) instanceof NumberColumn<?, ?> n ? n.mean() : 0;
    }
    List<double[]> rows = encode(train);
    this.scaler = Scaler.fit(rows);
    this.model = NearestNeighbours.fit(scaler.transformAll(rows), labels(train), Math.min(K, rows.size()));
  }

  /** Returns the model fitted on {@code train}'s {@code features} and its {@value #LABEL} column. */
  public static ModelGrading fit(Table train, List<String> features) {
    return new ModelGrading(train, features);
  }

  /** Returns the share of {@code test}'s rows whose {@value #LABEL} the model predicts. */
  public double accuracy(Table test) {
    List<String> predicted = predict(test);
    List<String> actual = labels(test);
    int right = 0;
    for (int i = 0; i < actual.size(); i++) {
      right += actual.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return (double) right / actual.size();
  }

  /** Returns one predicted class per row of {@code table}. */
  public List<String> predict(Table table) {
    List<String> predicted = new ArrayList<>();
    for (double[] row : scaler.transformAll(encode(table))) {
      predicted.add(predictOne(model, row));
    }
    return predicted;
  }

  private static String predictOne(NearestNeighbours model, double[] row) {
    String best = null;
    double bestShare = -1;
    for (String label : CropSurvey.CLASSES) {
      double share = model.share(row, label);
      if (share > bestShare) {
        best = label;
        bestShare = share;
      }
    }
    return best;
  }

  private List<double[]> encode(Table table) {
    List<double[]> rows = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<Double> values = new ArrayList<>();
      for (int j = 0; j < features.size(); j++) {
        Column<?> column = table.column(features.get(j));
        if (column instanceof NumberColumn<?, ?> numbers) {
          values.add(numbers.isMissing(row) ? means[j] : numbers.getDouble(row));
        } else {
          String value = column.getString(row);
          categories.get(j).forEach(c -> values.add(c.equals(value) ? 1.0 : 0.0));
        }
      }
      rows.add(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
    return rows;
  }

  private static List<String> labels(Table table) {
    return table.stringColumn(LABEL).asList();
  }
}
