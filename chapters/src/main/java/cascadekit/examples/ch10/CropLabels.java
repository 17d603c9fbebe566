package cascadekit.examples.ch10;

import cascadekit.data.Annotations;
import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.labeling.DawidSkene;
import cascadekit.labeling.MajorityVote;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The labeling stage: three agronomists' labels per visit aggregated into one. Gold (the expert
 * panel's labels of 300 visits) says whom to trust: an agronomist right on less than half of the
 * gold visits they labelled is left out, Dawid-Skene weighs the others by their estimated
 * confusion matrices, and a gold visit keeps its gold label.
 *
 * @param labels the label of each visit id
 * @param goldAccuracy each agronomist's accuracy on the gold visits
 * @param majority plain majority vote, for comparison
 * @param gold the gold label of each gold visit
 * @param first the first label given to each visit, as if no one aggregated
 * @param given every label given, by {@code visit/agronomist}
 */
record CropLabels(Map<String, String> labels, Map<String, Double> goldAccuracy, Map<String, String> majority,
    Map<String, String> gold, Map<String, String> first, Map<String, String> given) {
  /** The least gold accuracy an agronomist must reach to be listened to. */
  static final double TRUSTED = 0.5;

  /** Returns the labels aggregated with gold, with majority vote and the first labels beside them. */
  static CropLabels aggregate() {
    Table rows = CsvLoader.of(Schema.of(Column.of("visit_id", ColumnType.TEXT), Column.of("agronomist", ColumnType.TEXT),
        Column.of("label", ColumnType.TEXT).allowing(CropSurvey.CLASSES.toArray(String[]::new))))
        .load(Datasets.path(CropSurvey.LABELS)).table();
    Table goldRows = CsvLoader.of(Schema.of(Column.of("visit_id", ColumnType.TEXT), Column.of("label", ColumnType.TEXT)))
        .load(Datasets.path(CropSurvey.GOLD)).table();
    Map<String, String> gold = column(goldRows, "label");
    Annotations all = grid(rows, new TreeSet<>(rows.stringColumn("agronomist").asList()).stream().toList());
    Map<String, String> majority = named(all, MajorityVote.labels(all));
    Map<String, Double> accuracy = new TreeMap<>();
    for (String agronomist : all.annotators()) {
      Table own = rows.where(rows.stringColumn("agronomist").isEqualTo(agronomist)
          .and(rows.stringColumn("visit_id").isIn(gold.keySet())));
      long right = own.stream().filter(r -> r.getString("label").equals(gold.get(r.getString("visit_id")))).count();
      accuracy.put(agronomist, own.rowCount() == 0 ? 0 : (double) right / own.rowCount());
    }
    Map<String, String> first = new HashMap<>();
    Map<String, String> given = new HashMap<>();
    rows.forEach(r -> {
      first.putIfAbsent(r.getString("visit_id"), r.getString("label"));
      given.put(r.getString("visit_id") + "/" + r.getString("agronomist"), r.getString("label"));
    });
    List<String> trusted = accuracy.keySet().stream().filter(a -> accuracy.get(a) >= TRUSTED).toList();
    Annotations panel = grid(rows.where(rows.stringColumn("agronomist").isIn(trusted)), trusted);
    Map<String, String> labels = new HashMap<>(majority);
    labels.putAll(named(panel, DawidSkene.fit(panel).labels()));
    labels.putAll(gold);
    return new CropLabels(labels, accuracy, majority, gold, first, given);
  }

  /** Returns the accuracy of {@code labels} against {@code truth} on the visits that are not gold. */
  double accuracyOffGold(Map<String, String> labels, Map<String, String> truth) {
    long n = labels.keySet().stream().filter(id -> !gold.containsKey(id)).count();
    long right = labels.entrySet().stream()
        .filter(e -> !gold.containsKey(e.getKey()) && e.getValue().equals(truth.get(e.getKey()))).count();
    return (double) right / n;
  }

  private static Annotations grid(Table rows, List<String> annotators) {
    List<String> items = new TreeSet<>(rows.stringColumn("visit_id").asList()).stream().toList();
    Map<String, Integer> index = new HashMap<>();
    items.forEach(id -> index.put(id, index.size()));
    int[][] labels = new int[items.size()][annotators.size()];
    for (int[] row : labels) {
      java.util.Arrays.fill(row, Annotations.MISSING);
    }
    for (int r = 0; r < rows.rowCount(); r++) {
      labels[index.get(rows.getString(r, "visit_id"))][annotators.indexOf(rows.getString(r, "agronomist"))] =
          CropSurvey.CLASSES.indexOf(rows.getString(r, "label"));
    }
    return new Annotations(items, annotators, CropSurvey.CLASSES, labels);
  }

  private static Map<String, String> named(Annotations panel, int[] labels) {
    Map<String, String> named = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != Annotations.MISSING) {
        named.put(panel.items().get(i), CropSurvey.CLASSES.get(labels[i]));
      }
    }
    return named;
  }

  private static Map<String, String> column(Table table, String column) {
    Map<String, String> values = new HashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      values.put(table.getString(r, "visit_id"), table.getString(r, column));
    }
    return values;
  }
}
