// Mistake: weighs each agronomist by accuracy on gold: agr4 fades, but agr5's swap of leaf rust and blight still counts as a vote.
package cascadekit.ch10;

import cascadekit.data.CropSurvey;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

public final class AggregateLabels {
  private AggregateLabels() {}

  public static Map<String, String> aggregate(Table labels, Table gold) {
    Map<String, String> goldLabels = new LinkedHashMap<>();
    for (int row = 0; row < gold.rowCount(); row++) {
      goldLabels.put(gold.stringColumn("visit_id").get(row), gold.stringColumn("label").get(row));
    }
    Map<String, double[]> accuracy = new LinkedHashMap<>();   // agronomist -> {right, labelled} on gold
    for (int row = 0; row < labels.rowCount(); row++) {
      String truth = goldLabels.get(labels.stringColumn("visit_id").get(row));
      if (truth != null) {
        double[] a = accuracy.computeIfAbsent(labels.stringColumn("agronomist").get(row), x -> new double[2]);
        a[0] += truth.equals(labels.stringColumn("label").get(row)) ? 1 : 0;
        a[1]++;
      }
    }
    Map<String, double[]> votes = new LinkedHashMap<>();
    for (int row = 0; row < labels.rowCount(); row++) {
      double[] a = accuracy.get(labels.stringColumn("agronomist").get(row));
      double p = a[0] / a[1];
      double[] scores = votes.computeIfAbsent(labels.stringColumn("visit_id").get(row), id -> new double[4]);
      scores[CropSurvey.CLASSES.indexOf(labels.stringColumn("label").get(row))] += Math.log(3 * p / (1 - p));
    }
    Map<String, String> byVisit = new LinkedHashMap<>();
    votes.forEach((visit, scores) -> {
      int best = 0;
      for (int k = 1; k < scores.length; k++) {
        best = scores[k] > scores[best] ? k : best;
      }
      byVisit.put(visit, CropSurvey.CLASSES.get(best));
    });
    byVisit.putAll(goldLabels);
    return byVisit;
  }
}
