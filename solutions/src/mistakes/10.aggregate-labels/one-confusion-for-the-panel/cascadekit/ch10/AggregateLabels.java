// Mistake: learns one confusion matrix on gold for the whole panel, so agr4 is trusted as much as agr1.
package cascadekit.ch10;

import cascadekit.data.CropSurvey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

public final class AggregateLabels {
  private AggregateLabels() {}

  public static Map<String, String> aggregate(Table labels, Table gold) {
    Map<String, String> goldLabels = new LinkedHashMap<>();
    for (int row = 0; row < gold.rowCount(); row++) {
      goldLabels.put(gold.stringColumn("visit_id").get(row), gold.stringColumn("label").get(row));
    }
    // One confusion matrix for the whole panel, learned on gold: every agronomist trusted alike.
    double[][] confusion = new double[4][4];
    for (double[] row : confusion) {
      java.util.Arrays.fill(row, 1);
    }
    Map<String, List<Integer>> given = new LinkedHashMap<>();
    for (int row = 0; row < labels.rowCount(); row++) {
      String visit = labels.stringColumn("visit_id").get(row);
      int label = CropSurvey.CLASSES.indexOf(labels.stringColumn("label").get(row));
      given.computeIfAbsent(visit, v -> new java.util.ArrayList<>()).add(label);
      if (goldLabels.containsKey(visit)) {
        confusion[CropSurvey.CLASSES.indexOf(goldLabels.get(visit))][label]++;
      }
    }
    Map<String, String> byVisit = new LinkedHashMap<>();
    given.forEach((visit, said) -> {
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < 4; k++) {
        double total = java.util.Arrays.stream(confusion[k]).sum();
        double score = 0;
        for (int label : said) {
          score += Math.log(confusion[k][label] / total);
        }
        if (score > bestScore) {
          best = k;
          bestScore = score;
        }
      }
      byVisit.put(visit, CropSurvey.CLASSES.get(best));
    });
    byVisit.putAll(goldLabels);
    return byVisit;
  }
}
