package cascadekit.examples.ch10;

import cascadekit.model.Accuracy;
import cascadekit.model.NearestNeighbours;
import cascadekit.model.Scaler;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The kit's small model on the visits: 15 nearest neighbours on standardised features (yield and
 * fertiliser per hectare, rainfall, irrigation, the seed variety one-hot, and the treatment when
 * the leak is kept). The disease shows in what it leaves behind: a lower yield per hectare,
 * blight after heavy rain on irrigated plots, mosaic on local seed, rust sparing DK 8031; so
 * neighbours in that space share a label more often than not. A feature still missing is set to
 * the training mean, the only repair the model makes itself.
 */
final class CropModel {
  /** Neighbours that vote: enough to smooth the label noise, few enough to keep the rare classes. */
  static final int K = 15;
  static final List<String> VARIETIES = List.of("Obatanpa", "EV 8728", "DK 8031", "Local");
  static final List<String> TREATMENTS = List.of("fungicide", "roguing");

  private final boolean leak;
  private final Scaler scaler;
  private final NearestNeighbours neighbours;

  private CropModel(boolean leak, Scaler scaler, NearestNeighbours neighbours) {
    this.leak = leak;
    this.scaler = scaler;
    this.neighbours = neighbours;
  }

  /** Returns the model fitted on {@code visits} and their {@code labels}, with the treatment as a feature or not. */
  static CropModel fit(Table visits, List<String> labels, boolean leak) {
    List<double[]> rows = features(visits, leak);
    Scaler scaler = Scaler.fit(rows.stream().filter(CropModel::complete).toList());
    return new CropModel(leak, scaler, NearestNeighbours.fit(scaled(scaler, rows), labels, K));
  }

  /** Returns the predicted label of each visit. */
  List<String> predict(Table visits) {
    return scaled(scaler, features(visits, leak)).stream().map(neighbours::predict).toList();
  }

  /** Returns the share of {@code visits} predicted as {@code labels}. */
  double accuracy(Table visits, List<String> labels) {
    return Accuracy.of(labels, predict(visits));
  }

  /** Returns the features of each visit, NaN where a value is missing. */
  static List<double[]> features(Table visits, boolean leak) {
    List<double[]> rows = new ArrayList<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      int r = row;
      double area = number(visits, "area", r);
      List<Double> f = new ArrayList<>(List.of(number(visits, "yield", r) / area,
          number(visits, "fertiliser_kg", r) / area, number(visits, "rainfall_mm", r),
          yesNo(visits.getString(r, "irrigated"))));
      VARIETIES.forEach(v -> f.add(v.equals(visits.getString(r, "seed_variety")) ? 1.0 : 0.0));
      if (leak) {
        TREATMENTS.forEach(t -> f.add(t.equals(visits.getString(r, "treatment_after_diagnosis")) ? 1.0 : 0.0));
      }
      rows.add(f.stream().mapToDouble(Double::doubleValue).toArray());
    }
    return rows;
  }

  private static List<double[]> scaled(Scaler scaler, List<double[]> rows) {
    List<double[]> scaled = new ArrayList<>();
    for (double[] row : rows) {
      double[] z = scaler.transform(row);
      for (int j = 0; j < z.length; j++) {
        z[j] = Double.isNaN(z[j]) ? 0 : z[j];
      }
      scaled.add(z);
    }
    return scaled;
  }

  private static boolean complete(double[] row) {
    return java.util.Arrays.stream(row).noneMatch(Double::isNaN);
  }

  private static double number(Table visits, String column, int row) {
    return visits.column(column).isMissing(row) ? Double.NaN : ((Number) visits.column(column).get(row)).doubleValue();
  }

  private static double yesNo(String value) {
    return value.equals("yes") ? 1 : value.equals("no") ? 0 : Double.NaN;
  }
}
