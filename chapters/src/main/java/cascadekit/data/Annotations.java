package cascadekit.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels given by a panel of annotators to a set of items, as an item x annotator grid of class
 * indexes, {@link #MISSING} where an annotator gave no label.
 *
 * <pre>{@code
 * Annotations panel = new Annotations(List.of("R1", "R2"), List.of("a1", "a2"),
 *     List.of("positive", "negative"), new int[][] {{0, 0}, {1, Annotations.MISSING}});
 * panel.labelsOf("a1");   // => [positive, negative]
 * }</pre>
 *
 * @param items the item ids, one per row of {@code labels}
 * @param annotators the annotator ids, one per column of {@code labels}
 * @param classes the labels, in the order their indexes refer to
 * @param labels {@code labels[i][a]}: the class index annotator {@code a} gave item {@code i}
 */
public record Annotations(
    List<String> items, List<String> annotators, List<String> classes, int[][] labels) {
  /** The index that stands for "no label". */
  public static final int MISSING = -1;

  /** Checks that the grid has one row per item, one column per annotator, known classes. */
  public Annotations {
    items = List.copyOf(items);
    annotators = List.copyOf(annotators);
    classes = List.copyOf(classes);
    if (labels.length != items.size()) {
      throw new IllegalArgumentException(labels.length + " label rows for " + items.size() + " items");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].length != annotators.size()) {
        throw new IllegalArgumentException(
            "item " + items.get(i) + ": " + labels[i].length + " labels for " + annotators.size() + " annotators");
      }
      for (int label : labels[i]) {
        if (label < MISSING || label >= classes.size()) {
          throw new IllegalArgumentException("item " + items.get(i) + ": no class with index " + label);
        }
      }
    }
  }

  /** Returns the labels annotator {@code annotator} gave, item by item ({@code null} if none). */
  public List<String> labelsOf(String annotator) {
    int a = annotators.indexOf(annotator);
    if (a < 0) {
      throw new IllegalArgumentException("no annotator '" + annotator + "' in " + annotators);
    }
    List<String> given = new ArrayList<>(items.size());
    for (int[] row : labels) {
      given.add(row[a] == MISSING ? null : classes.get(row[a]));
    }
    return given;
  }

  /** Returns {@code counts[i][k]}: how many annotators put item {@code i} in class {@code k}. */
  public int[][] counts() {
    int[][] counts = new int[items.size()][classes.size()];
    for (int i = 0; i < labels.length; i++) {
      for (int label : labels[i]) {
        if (label != MISSING) {
          counts[i][label]++;
        }
      }
    }
    return counts;
  }

  /** Returns the class names of {@code indexes}, in order. */
  public List<String> names(int[] indexes) {
    List<String> names = new ArrayList<>(indexes.length);
    for (int index : indexes) {
      names.add(classes.get(index));
    }
    return names;
  }
}
