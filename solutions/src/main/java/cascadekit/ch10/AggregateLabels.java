package cascadekit.ch10;

import cascadekit.data.Annotations;
import cascadekit.data.CropSurvey;
import cascadekit.labeling.DawidSkene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/** Reference solution of exercise 10.aggregate-labels. */
public final class AggregateLabels {
  private AggregateLabels() {}

  /** Returns one label per visit of {@code labels}: Dawid-Skene's, and gold's where gold has one. */
  public static Map<String, String> aggregate(Table labels, Table gold) {
    List<String> visits = new ArrayList<>(new TreeSet<>(labels.stringColumn("visit_id").asList()));
    Map<String, Integer> visitIndex = new HashMap<>();
    visits.forEach(visit -> visitIndex.put(visit, visitIndex.size()));
    List<String> annotators = new ArrayList<>(new TreeSet<>(labels.stringColumn("agronomist").asList()));
    int[][] grid = new int[visits.size()][annotators.size()];
    for (int[] row : grid) {
      Arrays.fill(row, Annotations.MISSING);
    }
    for (int row = 0; row < labels.rowCount(); row++) {
      grid[visitIndex.get(labels.stringColumn("visit_id").get(row))]
          [annotators.indexOf(labels.stringColumn("agronomist").get(row))] = classOf(labels, row);
    }
    // Dawid-Skene learns each agronomist's confusion matrix from 9003 labels: agr4's rows come out
    // near uniform, so its votes barely count, and agr5's swap of leaf rust and blight is learned
    // and undone. Its estimates agree with what gold shows (agr4 right on 38% of the gold visits,
    // agr5 on 82%, the others 88-90%); fed the panel as a sixth annotator it gains 0.04 points,
    // too little to pay for, so gold is used where it is certain.
    Annotations panel = new Annotations(visits, annotators, CropSurvey.CLASSES, grid);
    List<String> aggregated = panel.names(DawidSkene.fit(panel).labels());
    Map<String, String> byVisit = new LinkedHashMap<>();
    for (int i = 0; i < visits.size(); i++) {
      byVisit.put(visits.get(i), aggregated.get(i));
    }
    // Where the experts spoke, their word is final, even against three agronomists who agree.
    for (int row = 0; row < gold.rowCount(); row++) {
      byVisit.put(gold.stringColumn("visit_id").get(row), gold.stringColumn("label").get(row));
    }
    return byVisit;
  }

  private static int classOf(Table rows, int row) {
    return CropSurvey.CLASSES.indexOf(rows.stringColumn("label").get(row));
  }
}
