package cascadekit.examples.ch05;

import cascadekit.data.Datasets;
import cascadekit.data.ReviewLabels;
import cascadekit.labeling.LabelColumns;
import cascadekit.labeling.Spammers;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Each annotation checked against its review's Dawid-Skene label, scored on the manifest: an
 * annotation that disagrees is flagged, as a {@code label_swap} when its annotator's estimated
 * confusion matrix gives that label more often than the right one for that class (a systematic
 * swap; a spammer's labels are guesses, never swaps), else as {@code label_noise}.
 *
 * @param kinds per defect kind: the manifest's count, the flagged count and the flagged that the manifest lists with that kind
 * @param flaggedPerAnnotator how many of each annotator's labels were flagged
 */
record AnnotationFlags(Map<String, Score> kinds, Map<String, Integer> flaggedPerAnnotator) {
  static final String NOISE = "label_noise";
  static final String SWAP = "label_swap";

  /** One defect kind: listed in the manifest, flagged with this kind, and both. */
  record Score(int listed, int flagged, int found) {
    double precision() {
      return flagged == 0 ? 1 : (double) found / flagged;
    }

    double recall() {
      return listed == 0 ? 1 : (double) found / listed;
    }
  }

  /** Returns the flags of {@code run}'s annotations, scored on the review-labels manifest. */
  static AnnotationFlags of(LabelQualityRun run) {
    Map<String, String> manifest = new TreeMap<>();
    Datasets.reviewLabelsManifest().table().forEach(r -> manifest.put(r.getString("row_id"), r.getString("defect")));
    Table annotations = CsvLoader.of(Schema.of(Column.of("annotation_id", ColumnType.TEXT).required(),
        Column.of("item_id", ColumnType.TEXT).required(), Column.of("annotator_id", ColumnType.TEXT).required(),
        Column.of("label", ColumnType.TEXT).required())).load(Datasets.path(ReviewLabels.FOLDER + "/annotations.csv")).table();
    List<String> items = run.data().annotations().items();
    List<String> annotators = run.data().annotations().annotators();
    List<String> consensus = run.panel().labelled().stringColumn(LabelColumns.DAWID_SKENE_LABEL).asList();
    double[][][] confusions = run.panel().dawidSkene().confusions();
    Map<String, int[]> counts = new TreeMap<>(Map.of(NOISE, new int[3], SWAP, new int[3]));
    manifest.values().forEach(kind -> counts.computeIfAbsent(kind, k -> new int[3])[0]++);
    Map<String, Integer> perAnnotator = new TreeMap<>();
    for (Row row : annotations) {
      int t = ReviewLabels.CLASSES.indexOf(consensus.get(items.indexOf(row.getString("item_id"))));
      int g = ReviewLabels.CLASSES.indexOf(row.getString("label"));
      if (g != t) {
        int a = annotators.indexOf(row.getString("annotator_id"));
        boolean swapped = !Spammers.isSpammer(confusions[a]) && confusions[a][t][g] > confusions[a][t][t];
        String kind = swapped ? SWAP : NOISE;
        counts.get(kind)[1]++;
        counts.get(kind)[2] += kind.equals(manifest.get(row.getString("annotation_id"))) ? 1 : 0;
        perAnnotator.merge(row.getString("annotator_id"), 1, Integer::sum);
      }
    }
    Map<String, Score> kinds = new TreeMap<>();
    counts.forEach((kind, c) -> kinds.put(kind, new Score(c[0], c[1], c[2])));
    return new AnnotationFlags(kinds, perAnnotator);
  }
}
