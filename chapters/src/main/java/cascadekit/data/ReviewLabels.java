package cascadekit.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code review-labels} dataset, loaded: reviews, five annotators' labels, the true and gold
 * labels, and each annotator's true confusion matrix. A value that does not fit (an unknown
 * label or item, a second label from one annotator for one item) is refused with its file, line
 * and column. {@link Datasets#reviewLabels()} loads the kit's copy.
 *
 * <pre>{@code
 * ReviewLabels data = Datasets.reviewLabels();
 * data.annotations().labelsOf("a1").get(0);   // => the label a1 gave R0001
 * }</pre>
 *
 * @param reviews the reviews, in file order
 * @param truth each item's true label
 * @param gold the gold label of the items in the gold subset
 * @param annotations the item x annotator grid of labels, items in the order of {@code reviews}
 * @param profiles each annotator's profile, in a few words
 * @param trueConfusions each annotator's confusion matrix (rows: true class; columns: given)
 */
public record ReviewLabels(
    List<Review> reviews,
    Map<String, String> truth,
    Map<String, String> gold,
    Annotations annotations,
    Map<String, String> profiles,
    Map<String, double[][]> trueConfusions) {
  /** The folder under {@code datasets/}. */
  public static final String FOLDER = "review-labels";

  /** The labels, in the order every class index and confusion matrix uses. */
  public static final List<String> CLASSES = List.of("positive", "neutral", "negative");

  /** One review: its item id and its text. */
  public record Review(String itemId, String text) {}

  /** Returns the dataset in {@code folder}, refusing values that do not fit. */
  public static ReviewLabels read(Path folder) {
    List<Review> reviews = new ArrayList<>();
    Map<String, Integer> itemIndex = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("reviews.csv"), "item_id", "text")) {
      String item = row.get("item_id");
      if (itemIndex.putIfAbsent(item, reviews.size()) != null) {
        throw row.error("item_id", item, "item listed twice");
      }
      reviews.add(new Review(item, row.get("text")));
    }
    Map<String, String> truth = labelsByItem(folder.resolve("truth.csv"), "true_label", itemIndex);
    Map<String, String> gold = labelsByItem(folder.resolve("gold.csv"), "gold_label", itemIndex);
    Map<String, String> profiles = new LinkedHashMap<>();
    Map<String, double[][]> confusions = new LinkedHashMap<>();
    for (CsvRows.Row row :
        CsvRows.read(folder.resolve("annotators.csv"), "annotator_id", "profile", "true_label")) {
      String annotator = row.get("annotator_id");
      profiles.put(annotator, row.get("profile"));
      double[][] matrix =
          confusions.computeIfAbsent(annotator, a -> new double[CLASSES.size()][CLASSES.size()]);
      double[] given = matrix[classIndex(row, "true_label")];
      for (int k = 0; k < CLASSES.size(); k++) {
        given[k] = probability(row, "p_" + CLASSES.get(k));
      }
    }
    Annotations annotations =
        AnnotationsCsv.read(folder.resolve("annotations.csv"), itemIndex, List.copyOf(profiles.keySet()));
    return new ReviewLabels(reviews, truth, gold, annotations, profiles, confusions);
  }

  /** Returns the reviews as a new Tablesaw table: {@code item_id} and {@code text}, in file order. */
  public Table reviewsTable() {
    return Table.create(
        "reviews",
        StringColumn.create("item_id", reviews.stream().map(Review::itemId).toList()),
        StringColumn.create("text", reviews.stream().map(Review::text).toList()));
  }

  private static Map<String, String> labelsByItem(
      Path file, String column, Map<String, Integer> itemIndex) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.read(file, "item_id", column)) {
      String item = row.get("item_id");
      if (!itemIndex.containsKey(item)) {
        throw row.error("item_id", item, "no such item in reviews.csv");
      }
      labels.put(item, CLASSES.get(classIndex(row, column)));
    }
    return labels;
  }

  /** Returns the class index of the label in {@code column}, refusing an unknown label. */
  static int classIndex(CsvRows.Row row, String column) {
    String label = row.get(column);
    int index = CLASSES.indexOf(label);
    if (index < 0) {
      throw row.error(column, label, "unknown label, expected one of " + CLASSES);
    }
    return index;
  }

  private static double probability(CsvRows.Row row, String column) {
    String value = row.get(column);
    try {
      double p = Double.parseDouble(value);
      if (p >= 0 && p <= 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below, which names the place
    }
    throw row.error(column, value, "not a probability between 0 and 1");
  }
}
