package cascadekit.examples.ch05;

import cascadekit.data.Datasets;
import cascadekit.data.ReviewLabels;
import cascadekit.labeling.AgreementBand;
import cascadekit.labeling.ConfidentLearning;
import cascadekit.labeling.FleissKappa;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Chapter 05's example: how good are five annotators' labels, which aggregate to trust, which
 * labels are likely wrong, and what each way of labelling costs a model downstream. Run it with
 * {@code ./kit run 05}.
 */
public final class LabelQualityExample {
  /** How many likely label errors to print. */
  static final int TOP_ERRORS = 5;

  private LabelQualityExample() {}

  /** Runs the example and prints what it measured. */
  public static void main(String[] args) {
    LabelQualityRun run = LabelQualityRun.of(Datasets.reviewLabels());
    PrintStream out = System.out;
    out.println("Chapter 05: label quality on review-labels");
    out.println();
    out.printf(
        "Data: datasets/%s: %d reviews, %d annotators, %d gold labels%n%n",
        ReviewLabels.FOLDER,
        run.data().reviews().size(),
        run.data().annotations().annotators().size(),
        run.data().gold().size());
    printAgreement(out, run.panel());
    PanelPrinter.printAggregation(out, run.panel());
    PanelPrinter.printAnnotators(out, run);
    printLabelErrors(out, run);
    PanelPrinter.printCascade(out, run.cascade());
    out.println();
    out.println("Report: " + LabelingPage.write(run) + " (open it in a browser; it needs no network)");
  }

  private static void printAgreement(PrintStream out, PanelReport panel) {
    out.println("Agreement per pair of annotators (percent agreement, Cohen's kappa):");
    for (PanelReport.Pair pair : panel.pairs()) {
      out.printf(
          Locale.ROOT,
          "  %s-%s  %.3f  kappa %6.3f  %s%n",
          pair.a(),
          pair.b(),
          pair.percent(),
          pair.kappa(),
          AgreementBand.of(pair.kappa()).label());
    }
    FleissKappa fleiss = panel.fleiss();
    out.printf(
        Locale.ROOT,
        "Fleiss' kappa, all five: %.3f (%s); P-bar %.3f, P_e %.3f%n%n",
        fleiss.kappa(),
        AgreementBand.of(fleiss.kappa()).label(),
        fleiss.observed(),
        fleiss.chance());
  }

  private static void printLabelErrors(PrintStream out, LabelQualityRun run) {
    LabelErrors errors = run.errors();
    ConfidentLearning learning = errors.learning();
    List<String> classes = ReviewLabels.CLASSES;
    out.printf(
        "Likely label errors in the majority-vote labels (confident learning, %d-fold naive Bayes, seed %d):%n",
        LabelErrors.FOLDS, LabelQualityRun.SEED);
    out.print("  thresholds t_j:");
    for (int j = 0; j < classes.size(); j++) {
      out.printf(Locale.ROOT, " %s %.3f", classes.get(j), learning.thresholds()[j]);
    }
    out.println();
    out.println("  confident joint (rows: given label; columns: confident label):");
    for (int i = 0; i < classes.size(); i++) {
      out.printf("    %-8s", classes.get(i));
      for (int count : learning.joint()[i]) {
        out.printf(" %5d", count);
      }
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "  estimated errors %.0f; flagged %d, of which %d are wrong indeed; majority vote has %d wrong labels%n",
        learning.estimatedErrors(),
        errors.flagged().size(),
        errors.flaggedAndWrong(),
        errors.majorityWrong());
    out.printf("  the %d most likely (least self-confident first):%n", TOP_ERRORS);
    for (int i : errors.flagged().subList(0, Math.min(TOP_ERRORS, errors.flagged().size()))) {
      out.printf(
          Locale.ROOT,
          "    %s  given %-8s likely %-8s p(given) %.1e  true %-8s \"%s\"%n",
          run.data().reviews().get(i).itemId(),
          classes.get(learning.given()[i]),
          classes.get(learning.confident()[i]),
          learning.selfConfidence(i),
          run.truth().get(i),
          run.data().reviews().get(i).text());
    }
    out.println();
  }
}
