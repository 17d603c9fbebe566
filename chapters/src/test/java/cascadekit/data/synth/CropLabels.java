package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the disease labels of {@code crop-survey}: three of five agronomists label each true visit
 * from its photos ({@code labels.csv}); an expert panel labels {@value #GOLD} visits ({@code
 * gold.csv}); {@code labels-manifest.csv} lists every wrong label. {@code agr1}-{@code agr3} are
 * careful, {@code agr4} is careless (near random), {@code agr5} often mistakes leaf rust and blight
 * for each other, the pair everyone confuses most.
 */
final class CropLabels {
  static final List<String> AGRONOMISTS = List.of("agr1", "agr2", "agr3", "agr4", "agr5");
  static final String CARELESS = "agr4";
  static final String CONFUSED = "agr5";
  static final int PER_VISIT = 3;
  static final int GOLD = 300;

  private final Draw draw;

  CropLabels(Draw draw) {
    this.draw = draw;
  }

  /**
   * Writes {@code labels.csv}, {@code gold.csv} and {@code labels-manifest.csv} for the truth rows.
   */
  void write(Path folder, List<List<String>> truth) throws IOException {
    int labelColumn = truth.get(0).size() - 1;
    List<List<String>> labels = new ArrayList<>();
    List<ManifestEntry> manifest = new ArrayList<>();
    for (List<String> row : truth) {
      String id = CropColumn.VISIT_ID.of(row);
      String trueLabel = row.get(labelColumn);
      List<String> panel = new ArrayList<>(draw.sample(AGRONOMISTS, PER_VISIT));
      panel.sort(Comparator.naturalOrder());
      for (String agronomist : panel) {
        String given = label(agronomist, trueLabel);
        labels.add(List.of(id, agronomist, given));
        if (!given.equals(trueLabel)) {
          manifest.add(
              new ManifestEntry(id, agronomist, kind(agronomist, trueLabel, given), trueLabel));
        }
      }
    }
    List<List<String>> gold =
        new ArrayList<>(
            draw.sample(truth, GOLD).stream()
                .map(row -> List.of(CropColumn.VISIT_ID.of(row), row.get(labelColumn)))
                .toList());
    gold.sort(Comparator.comparing(row -> row.get(0)));
    CsvFiles.write(
        folder.resolve("labels.csv"), List.of("visit_id", "agronomist", "label"), labels);
    CsvFiles.write(folder.resolve("gold.csv"), List.of("visit_id", "label"), gold);
    ManifestEntry.write(folder.resolve("labels-manifest.csv"), manifest);
  }

  /** Returns the label {@code agronomist} gives a visit whose true label is {@code truth}. */
  private String label(String agronomist, String truth) {
    String other = pairedWith(truth);
    if (agronomist.equals(CARELESS)) {
      return draw.chance(0.15) ? truth : draw.pick(CropSampler.LABELS);
    }
    if (agronomist.equals(CONFUSED) && other != null) {
      return draw.chance(0.45) ? other : truth;
    }
    if (draw.chance(0.9)) {
      return truth;
    }
    if (other != null && draw.chance(0.6)) {
      return other;
    }
    List<String> wrong = CropSampler.LABELS.stream().filter(l -> !l.equals(truth)).toList();
    return draw.pick(wrong);
  }

  /** Returns the other class of the confused pair, or null when {@code label} is not in it. */
  private static String pairedWith(String label) {
    return switch (label) {
      case "leaf_rust" -> "blight";
      case "blight" -> "leaf_rust";
      default -> null;
    };
  }

  private static String kind(String agronomist, String truth, String given) {
    if (agronomist.equals(CARELESS)) {
      return "careless_annotator";
    }
    return given.equals(pairedWith(truth)) ? "confused_pair" : "label_noise";
  }
}
