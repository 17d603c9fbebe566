package cascadekit.examples.ch05;

import cascadekit.data.ReviewLabels;
import cascadekit.labeling.Spammers;
import java.io.PrintStream;
import java.util.Locale;

/** Prints the aggregation, annotator and cascade-cost sections of chapter 05's example. */
final class PanelPrinter {
  private PanelPrinter() {}

  /** Prints majority vote and Dawid-Skene, scored on the gold labels. */
  static void printAggregation(PrintStream out, PanelReport panel) {
    out.println("Aggregated labels, scored on the gold labels:");
    out.printf(
        Locale.ROOT,
        "  majority vote  %.3f   (%d ties, each to the first tied class of %s; %d of them wrong)%n",
        panel.majorityOnGold(),
        panel.ties(),
        String.join(", ", ReviewLabels.CLASSES),
        panel.tiedAndWrong());
    out.printf(
        Locale.ROOT,
        "  Dawid-Skene    %.3f   (EM from the majority-vote shares, %d rounds)%n%n",
        panel.dawidSkeneOnGold(),
        panel.dawidSkene().iterations());
  }

  /** Prints each annotator's estimated and true accuracy, the spammer, and the swapper's matrix. */
  static void printAnnotators(PrintStream out, LabelQualityRun run) {
    out.println("Annotators: accuracy as estimated and as it really is (against truth.csv):");
    out.println("  id  profile                     agrees w/ majority  Dawid-Skene  true   spam score");
    for (PanelReport.AnnotatorLine line : run.panel().annotators()) {
      out.printf(
          Locale.ROOT,
          "  %-3s %-27s %.3f               %.3f        %.3f  %.3f%s%n",
          line.id(),
          line.profile(),
          line.agreesWithMajority(),
          line.estimated(),
          line.trueAccuracy(),
          line.spamScore(),
          line.isSpammer() ? "  <- spammer" : "");
    }
    out.printf(
        Locale.ROOT,
        "  Spam score: mean distance between the rows of the estimated confusion matrix; below %.1f"
            + " the label given hardly depends on the truth.%n",
        Spammers.THRESHOLD);
    int swapper = run.data().annotations().annotators().indexOf(LabelQualityRun.SWAPPER);
    out.printf(
        "  %s's confusion matrix as Dawid-Skene estimates it (rows: true; columns: given %s):%n",
        LabelQualityRun.SWAPPER,
        String.join(", ", ReviewLabels.CLASSES));
    double[][] confusion = run.panel().dawidSkene().confusions()[swapper];
    for (int k = 0; k < confusion.length; k++) {
      out.printf(
          Locale.ROOT,
          "    %-8s %.2f %.2f %.2f%n",
          ReviewLabels.CLASSES.get(k),
          confusion[k][0],
          confusion[k][1],
          confusion[k][2]);
    }
    out.println();
  }

  /** Prints the cascade-cost table. */
  static void printCascade(PrintStream out, CascadeCostTable table) {
    out.printf(
        "Cascade cost: naive Bayes trained on the %d non-gold reviews, scored on the same %d gold reviews%n",
        table.trainRows(), table.testRows());
    out.println("  training labels                   wrong labels  accuracy  cost (points)  recall pos / neu / neg");
    double best = table.rows().get(0).accuracy();
    for (CascadeCostTable.Row row : table.rows()) {
      out.printf(
          Locale.ROOT,
          "  %-33s %4d (%4.1f%%)  %.3f     %5.1f          %.3f / %.3f / %.3f%n",
          row.name(),
          row.wrongLabels(),
          100.0 * row.wrongLabels() / table.trainRows(),
          row.accuracy(),
          100 * (best - row.accuracy()),
          row.recall().get("positive"),
          row.recall().get("neutral"),
          row.recall().get("negative"));
    }
    out.printf(
        Locale.ROOT,
        "Scored against majority-vote labels instead of gold, the true-label model would look %.3f accurate.%n",
        table.trueModelOnMajorityLabels());
  }
}
