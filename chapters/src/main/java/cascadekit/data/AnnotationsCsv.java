package cascadekit.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads a long-format annotations file (one label a line) into an item x annotator grid. */
final class AnnotationsCsv {
  private AnnotationsCsv() {}

  /** Returns the labels in {@code file} for the items of {@code itemIndex}, by {@code annotators}. */
  static Annotations read(Path file, Map<String, Integer> itemIndex, List<String> annotators) {
    int[][] labels = new int[itemIndex.size()][annotators.size()];
    for (int[] row : labels) {
      Arrays.fill(row, Annotations.MISSING);
    }
    for (CsvRows.Row row : CsvRows.read(file, "item_id", "annotator_id", "label")) {
      String item = row.get("item_id");
      Integer i = itemIndex.get(item);
      if (i == null) {
        throw row.error("item_id", item, "no such item in reviews.csv");
      }
      String annotator = row.get("annotator_id");
      int a = annotators.indexOf(annotator);
      if (a < 0) {
        throw row.error("annotator_id", annotator, "no such annotator in annotators.csv");
      }
      if (labels[i][a] != Annotations.MISSING) {
        throw row.error("label", row.get("label"), "a second label from " + annotator + " for " + item);
      }
      labels[i][a] = ReviewLabels.classIndex(row, "label");
    }
    return new Annotations(List.copyOf(itemIndex.keySet()), annotators, ReviewLabels.CLASSES, labels);
  }
}
