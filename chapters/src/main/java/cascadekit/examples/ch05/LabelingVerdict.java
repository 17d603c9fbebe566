package cascadekit.examples.ch05;

import cascadekit.check.Level;
import cascadekit.data.ReviewLabels;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labeling report's verdict, by stated rules: a spammer (spam score under 0.2) or an annotator
 * who gives one class more often than the right one for another (a swap) is an error, one under
 * {@link #GOLD_FLOOR} on the gold reviews a warning; swapped labels are errors and noisy ones
 * warnings; a way of labelling that costs the model {@link #COSTLY} points or more is an error.
 */
final class LabelingVerdict {
  /** Accuracy on the gold reviews under which an annotator is a warning. */
  static final double GOLD_FLOOR = 0.80;
  /** Points of accuracy lost downstream from which a way of labelling is an error. */
  static final double COSTLY = 5.0;

  private LabelingVerdict() {}

  /** Returns the findings of {@code run}, whose annotations were flagged as {@code flags}. */
  static List<Verdict.Item> of(LabelQualityRun run, AnnotationFlags flags) {
    List<Verdict.Item> items = new ArrayList<>();
    String annotators = HtmlReport.anchor(LabelingPage.ANNOTATORS);
    for (AnnotatorFigures a : AnnotatorFigures.of(run)) {
      String howBad = String.format(Locale.ROOT, "accuracy on gold %.3f, agrees with the majority %.3f, mean kappa %.3f,"
          + " spam score %.3f", a.onGold(), a.line().agreesWithMajority(), a.meanKappa(), a.line().spamScore());
      String flagged = flags.flaggedPerAnnotator().getOrDefault(a.line().id(), 0) + " of its labels flagged";
      if (a.line().isSpammer()) {
        items.add(new Verdict.Item(Level.ERROR, a.line().id(), "spammer: its label hardly depends on the review", howBad,
            flagged, annotators));
      } else if (!a.swaps().isEmpty()) {
        items.add(new Verdict.Item(Level.ERROR, a.line().id(), "swaps classes: " + a.swaps(), howBad, flagged, annotators));
      } else if (a.onGold() < GOLD_FLOOR) {
        items.add(new Verdict.Item(Level.WARN, a.line().id(), "careless: under " + GOLD_FLOOR + " on the gold reviews",
            howBad, flagged, annotators));
      }
    }
    String detection = HtmlReport.anchor(LabelingPage.DETECTION);
    flags.kinds().forEach((kind, s) -> items.add(new Verdict.Item(kind.equals(AnnotationFlags.SWAP) ? Level.ERROR : Level.WARN,
        kind, "labels that disagree with the Dawid-Skene label" + (kind.equals(AnnotationFlags.SWAP)
            ? ", in a cell its annotator swaps" : ""), String.format(Locale.ROOT, "%d flagged, %d of the manifest's %d found"
            + " (precision %.3f, recall %.3f)", s.flagged(), s.found(), s.listed(), s.precision(), s.recall()), "", detection)));
    PanelReport panel = run.panel();
    LabelErrors errors = run.errors();
    items.add(new Verdict.Item(Level.WARN, "majority vote", "aggregated labels wrong on gold", String.format(Locale.ROOT,
        "%.3f accurate on the %d gold reviews (Dawid-Skene %.3f); confident learning flags %d majority labels, %d wrong indeed"
            + " of the %d wrong", panel.majorityOnGold(), run.data().gold().size(), panel.dawidSkeneOnGold(),
        errors.flagged().size(), errors.flaggedAndWrong(), errors.majorityWrong()), "", HtmlReport.anchor(LabelingPage.CONFUSION)));
    CascadeCostTable cascade = run.cascade();
    double best = cascade.rows().get(0).accuracy();
    for (CascadeCostTable.Row row : cascade.rows()) {
      double points = 100 * (best - row.accuracy());
      if (points > 0) {
        items.add(new Verdict.Item(points >= COSTLY ? Level.ERROR : Level.WARN, row.name(), "cascade cost on the model",
            String.format(Locale.ROOT, "%.1f points of accuracy lost on gold (%.3f against %.3f with the true labels)", points,
                row.accuracy(), best), row.wrongLabels() + " of " + cascade.trainRows() + " training labels wrong",
            HtmlReport.anchor(LabelingPage.CASCADE)));
      }
    }
    return items;
  }

  /** Returns the classes {@code confusion} (rows: true, columns: given) gives more often than the right one. */
  static String swaps(double[][] confusion) {
    List<String> swaps = new ArrayList<>();
    for (int t = 0; t < confusion.length; t++) {
      for (int g = 0; g < confusion.length; g++) {
        if (g != t && confusion[t][g] > confusion[t][t]) {
          swaps.add(String.format(Locale.ROOT, "%s read as %s (%.0f%%)", ReviewLabels.CLASSES.get(t),
              ReviewLabels.CLASSES.get(g), 100 * confusion[t][g]));
        }
      }
    }
    return String.join(", ", swaps);
  }
}
