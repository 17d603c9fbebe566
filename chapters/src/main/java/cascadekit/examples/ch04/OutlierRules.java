package cascadekit.examples.ch04;

import cascadekit.clean.DetectionScore;
import cascadekit.clean.Fences;
import cascadekit.clean.Outliers;
import cascadekit.clean.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** The three statistical outlier rules side by side on one column, scored against the manifest. */
final class OutlierRules {
  private OutlierRules() {}

  /** Returns, per rule, its flags in {@code column} of {@code table} against the {@code defects} there. */
  static Map<String, DetectionScore> score(Table table, String column, Set<String> defects) {
    double[] values = Values.observed(table, column);
    Map<String, Fences> rules = new LinkedHashMap<>();
    rules.put("z-score > 3", Fences.zScore(values, 3));
    rules.put("robust z > 3.5 (MAD x 1.4826)", Fences.robustZ(values, 3.5));
    rules.put("IQR fences (k = 1.5)", Fences.iqr(values, 1.5));
    Map<String, DetectionScore> scores = new LinkedHashMap<>();
    rules.forEach((name, fences) -> scores.put(name, DetectionScore.of(
        Outliers.flag(table, column, fences).stream().map(id -> DefectManifest.key(id, column)).collect(Collectors.toSet()),
        defects)));
    return scores;
  }
}
