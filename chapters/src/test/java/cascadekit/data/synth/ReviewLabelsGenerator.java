package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code review-labels}: 2,000 templated reviews ({@code reviews.csv}), each labelled by the
 * five annotators of {@link Annotator#PANEL} ({@code annotations.csv}), their confusion matrices
 * ({@code annotators.csv}), gold labels for 200 items ({@code gold.csv}), the true labels ({@code
 * truth.csv}) and one manifest row per wrong label ({@code manifest.csv}).
 */
public final class ReviewLabelsGenerator implements DatasetGenerator {
  static final int ITEMS = 2000;
  static final int GOLD = 200;
  private static final double[] CLASS_SHARES = {0.7, 0.2, 0.1};

  @Override
  public String name() {
    return "review-labels";
  }

  @Override
  public void write(Path folder, long seed) throws IOException {
    Draw draw = new Draw(new Random(seed));
    List<List<String>> reviews = new ArrayList<>();
    List<List<String>> truth = new ArrayList<>();
    List<List<String>> annotations = new ArrayList<>();
    List<ManifestEntry> manifest = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      String item = String.format("R%04d", i);
      String label = Annotator.LABELS.get(draw.weighted(CLASS_SHARES));
      reviews.add(List.of(item, ReviewTexts.review(draw, label)));
      truth.add(List.of(item, label));
      for (Annotator annotator : Annotator.PANEL) {
        String id = String.format("A%05d", annotations.size() + 1);
        String given = annotator.label(draw, label);
        annotations.add(List.of(id, item, annotator.id(), given));
        if (!given.equals(label)) {
          String kind = annotator.isSwap(label, given) ? "label_swap" : "label_noise";
          manifest.add(new ManifestEntry(id, "label", kind, label));
        }
      }
    }
    List<List<String>> gold = new ArrayList<>(draw.sample(truth, GOLD));
    gold.sort(Comparator.comparing(row -> row.get(0)));
    CsvFiles.write(folder.resolve("reviews.csv"), List.of("item_id", "text"), reviews);
    CsvFiles.write(
        folder.resolve("annotations.csv"),
        List.of("annotation_id", "item_id", "annotator_id", "label"),
        annotations);
    CsvFiles.write(folder.resolve("annotators.csv"), AnnotatorTable.HEADER, AnnotatorTable.rows());
    CsvFiles.write(folder.resolve("gold.csv"), List.of("item_id", "gold_label"), gold);
    CsvFiles.write(folder.resolve("truth.csv"), List.of("item_id", "true_label"), truth);
    ManifestEntry.write(folder.resolve("manifest.csv"), manifest);
  }
}
