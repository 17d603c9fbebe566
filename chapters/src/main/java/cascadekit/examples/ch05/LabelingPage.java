package cascadekit.examples.ch05;

import cascadekit.report.HtmlReport;
import cascadekit.report.ReportFolder;
import cascadekit.report.SvgChart;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes chapter 05's offline HTML report, verdict first: the spamming, swapping and careless
 * annotators, the flagged labels against the manifest, the aggregation and the cascade cost; then
 * agreement per annotator, the confusion of the aggregated labels with gold, the detection's
 * precision and recall per defect kind, and the cascade table.
 */
final class LabelingPage {
  static final String FILE = "05-labeling.html";
  static final String ANNOTATORS = "Agreement per annotator";
  static final String CONFUSION = "Aggregated labels against the gold labels";
  static final String DETECTION = "Label errors found, against the manifest";
  static final String CASCADE = "Cascade cost: the same model trained on each way of labelling";

  private LabelingPage() {}

  /** Writes the report of {@code run} under the report folder and returns its path as a learner types it. */
  static String write(LabelQualityRun run) {
    return ReportFolder.display(write(run, ReportFolder.path().resolve(FILE)));
  }

  /** Writes the report of {@code run} to {@code file} and returns the file. */
  static Path write(LabelQualityRun run, Path file) {
    AnnotationFlags flags = AnnotationFlags.of(run);
    HtmlReport report = HtmlReport.titled("Chapter 05: label quality of review-labels");
    Verdict.add(report, LabelingVerdict.of(run, flags));
    annotators(report, run, flags);
    LabelingEvidence.confusion(report, run);
    detection(report, flags);
    LabelingEvidence.cascade(report, run.cascade());
    return report.writeTo(file);
  }

  private static void annotators(HtmlReport report, LabelQualityRun run, AnnotationFlags flags) {
    report.heading(ANNOTATORS);
    report.paragraph(String.format(Locale.ROOT, "%d reviews, 5 labels each; %d of them have a gold label. Mean kappa: Cohen's"
        + " kappa with each other annotator, averaged. Spam score under 0.2: the label hardly depends on the review (marked ✗);"
        + " under %.2f on gold: careless (marked ✗). Flagged: labels unlike the Dawid-Skene label.", run.data().reviews().size(),
        run.data().gold().size(), LabelingVerdict.GOLD_FLOOR));
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> onGold = new ArrayList<>();
    for (AnnotatorFigures a : AnnotatorFigures.of(run)) {
      PanelReport.AnnotatorLine line = a.line();
      rows.add(List.of(line.id() + ": " + line.profile(), (a.onGold() < LabelingVerdict.GOLD_FLOOR ? "!" : "") + f(a.onGold()),
          f(line.agreesWithMajority()) + " / " + f(a.meanKappa()), (line.isSpammer() ? "!" : "") + f(line.spamScore()),
          a.swaps().isEmpty() ? (line.isSpammer() ? "(guesses)" : "none") : "!" + a.swaps(), Integer.toString(flags.flaggedPerAnnotator().getOrDefault(line.id(), 0))));
      labels.add(line.id());
      onGold.add(a.onGold());
    }
    // Six columns, so the profile and the swaps wrap rather than being cut.
    report.table(List.of("annotator: profile", "accuracy on gold", "agrees with majority / mean kappa", "spam score",
        "swaps", "labels flagged"), rows);
    report.chart(SvgChart.of("Accuracy on the " + run.data().gold().size() + " gold reviews, per annotator", "annotator",
        "accuracy on gold").threshold(LabelingVerdict.GOLD_FLOOR, "warn below " + LabelingVerdict.GOLD_FLOOR).bars(labels, onGold));
  }

  private static void detection(HtmlReport report, AnnotationFlags flags) {
    report.heading(DETECTION);
    report.paragraph("Each of the 10,000 labels is compared with its review's Dawid-Skene label; a label that differs is"
        + " flagged as a swap when its annotator's estimated confusion matrix gives it more often than the right class,"
        + " else as noise. The manifest lists every wrong label with its kind; precision: share of the flagged labels the"
        + " manifest lists with that kind; recall: share of the listed labels flagged with it.");
    List<List<String>> rows = new ArrayList<>();
    flags.kinds().forEach((kind, s) -> rows.add(List.of(kind, Integer.toString(s.listed()), Integer.toString(s.flagged()),
        Integer.toString(s.found()), f(s.precision()), f(s.recall()))));
    report.table(List.of("defect kind", "in the manifest", "flagged", "flagged and listed", "precision", "recall"), rows);
  }

  static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
