package cascadekit.data.synth;

import java.util.ArrayList;
import java.util.List;

/** Returns the rows of {@code review-labels/annotators.csv}: each annotator's true confusion. */
final class AnnotatorTable {
  /** The file's header: one probability column per given label. */
  static final List<String> HEADER =
      List.of("annotator_id", "profile", "true_label", "p_positive", "p_neutral", "p_negative");

  private AnnotatorTable() {}

  /** Returns one row per annotator and true label, probabilities to three decimals. */
  static List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (Annotator annotator : Annotator.PANEL) {
      for (int t = 0; t < Annotator.LABELS.size(); t++) {
        List<String> row =
            new ArrayList<>(List.of(annotator.id(), annotator.profile(), Annotator.LABELS.get(t)));
        for (double p : annotator.confusion()[t]) {
          row.add(Draw.fixed(p, 3));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
