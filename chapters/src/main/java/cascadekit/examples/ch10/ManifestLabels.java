package cascadekit.examples.ch10;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/** What the labeling and split stages did to the defects of labels and of revisited plots, as manifest keys. */
final class ManifestLabels {
  private ManifestLabels() {}

  /** Returns the labels the aggregate overruled, as {@code visit/agronomist}. */
  static Set<String> overruled(CropLabels labels) {
    Set<String> keys = new HashSet<>();
    labels.given().forEach((key, label) -> {
      String visit = key.substring(0, key.indexOf('/'));
      if (!label.equals(labels.labels().get(visit))) {
        keys.add(key);
      }
    });
    return keys;
  }

  /** Returns the revisits ({@code visit/plot_id}) whose plot's earlier visits are on the same side of the split. */
  static Set<String> revisitsKeptTogether(Training training) {
    Map<String, Integer> side = new HashMap<>();
    Map<String, Boolean> together = new HashMap<>();
    Set<String> revisits = new HashSet<>();
    Table[] sides = {training.split().train(), training.split().test()};
    for (int s = 0; s < sides.length; s++) {
      for (int row = 0; row < sides[s].rowCount(); row++) {
        String plot = sides[s].getString(row, "plot_id");
        Integer before = side.putIfAbsent(plot, s);
        together.merge(plot, before == null || before == s, Boolean::logicalAnd);
      }
    }
    for (Table visits : sides) {
      Map<String, String> first = new HashMap<>();
      for (int row = 0; row < visits.rowCount(); row++) {
        first.merge(visits.getString(row, "plot_id"), visits.getString(row, "visit_id"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (int row = 0; row < visits.rowCount(); row++) {
        String plot = visits.getString(row, "plot_id");
        String id = visits.getString(row, "visit_id");
        if (together.get(plot) && !first.get(plot).equals(id)) {
          revisits.add(Manifest.key(id, "plot_id"));
        }
      }
    }
    return revisits;
  }
}
