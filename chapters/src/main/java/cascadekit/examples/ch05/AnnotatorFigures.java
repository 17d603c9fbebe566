package cascadekit.examples.ch05;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotator as the labeling report shows it: the example's line, accuracy on the gold
 * reviews, mean Cohen's kappa with the other annotators, and the classes Dawid-Skene says it swaps.
 *
 * @param line the example's figures (agreement with the majority, estimated and true accuracy, spam score)
 * @param onGold accuracy on the gold reviews
 * @param meanKappa mean Cohen's kappa with each other annotator
 * @param swaps the swapped classes, "" when none (a spammer guesses; it does not swap)
 */
record AnnotatorFigures(PanelReport.AnnotatorLine line, double onGold, double meanKappa, String swaps) {
  /** Returns every annotator's figures, in the panel's order. */
  static List<AnnotatorFigures> of(LabelQualityRun run) {
    List<String> ids = run.data().annotations().annotators();
    List<AnnotatorFigures> figures = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      String id = ids.get(a);
      double kappa = run.panel().pairs().stream().filter(p -> p.a().equals(id) || p.b().equals(id))
          .mapToDouble(PanelReport.Pair::kappa).average().orElse(Double.NaN);
      PanelReport.AnnotatorLine line = run.panel().annotators().get(a);
      figures.add(new AnnotatorFigures(line, PanelReport.onGold(run.data(), run.data().annotations().labelsOf(id)), kappa,
          line.isSpammer() ? "" : LabelingVerdict.swaps(run.panel().dawidSkene().confusions()[a])));
    }
    return figures;
  }
}
