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
  /** The expert panel, added to the agronomists as one more annotator. */
  private static final String GOLD = "gold";

  private AggregateLabels() {}

  /** Returns one label per visit of {@code labels}, learned with the help of {@code gold}. */
  public static Map<String, String> aggregate(Table labels, Table gold) {
    List<String> visits = new ArrayList<>(new TreeSet<>(labels.stringColumn("visit_id").asList()));
    Map<String, Integer> visitIndex = new HashMap<>();
    visits.forEach(visit -> visitIndex.put(visit, visitIndex.size()));
    List<String> annotators = new ArrayList<>(new TreeSet<>(labels.stringColumn("agronomist").asList()));
    annotators.add(GOLD);
    int[][] grid = new int[visits.size()][annotators.size()];
    for (int[] row : grid) {
      Arrays.fill(row, Annotations.MISSING);
    }
    for (int row = 0; row < labels.rowCount(); row++) {
      grid[visitIndex.get(labels.stringColumn("visit_id").get(row))]
          [annotators.indexOf(labels.stringColumn("agronomist").get(row))] = classOf(labels, row);
    }
    for (int row = 0; row < gold.rowCount(); row++) {
      grid[visitIndex.get(gold.stringColumn("visit_id").get(row))][annotators.size() - 1] = classOf(gold, row);
    }
    // Dawid-Skene learns each annotator's confusion matrix from the labels alone: agr4's rows come
    // out near uniform, so its votes barely count, and agr5's swap of leaf rust and blight is
    // learned and undone. The panel is one more annotator, always right on its 300 visits: it
    // ties each class to its true name and shows the model who agrees with the experts.
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
