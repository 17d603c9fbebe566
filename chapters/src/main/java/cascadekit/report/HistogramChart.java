package cascadekit.report;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Figures;
import cascadekit.profile.Histogram;
import cascadekit.profile.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The histogram of a number column, drawn over Tukey's fences ({@link ColumnProfile#fencedHistogram}):
 * ten bins between {@code Q1 - 1.5 IQR} and {@code Q3 + 1.5 IQR}, and one bar each for the rows
 * below and above, labelled {@code "< 0"} and {@code "> 120"}, so a few wild values (an age of
 * 909) neither squash the rest into one bar nor drop out. The caption says where the bins end
 * and how many rows lie beyond them. An identifier gets no histogram: its shape means nothing.
 */
final class HistogramChart {
  private static final Pattern ID_WORD = Pattern.compile("(?i:.*(?:^|[^a-z])(?:id|key|number|no|nr))|.*[a-z]Id");

  private HistogramChart() {}

  /**
   * Returns whether {@code p} names or counts rows rather than measures something: its name ends
   * in the word id, key, number, no or nr ({@code patient_id}, {@code visitId}, {@code Sample
   * Number}), or it is a number column whose values are the whole numbers from its minimum to its
   * maximum, each once (a row counter). ydata-profiling only flags a column UNIQUE when its
   * distinct count equals its count, and Deequ's {@code UniqueIfApproximatelyUniqueRule} suggests
   * {@code isUnique} when a complete column's distinct count is within 8% of its rows; neither
   * tells an id from a measurement whose values never repeat (an isotope ratio to five decimals),
   * so uniqueness alone does not hide a histogram here.
   */
  static boolean isIdLike(ColumnProfile p) {
    if (ID_WORD.matcher(p.name().strip()).matches()) {
      return true;
    }
    if (p.type() != ValueType.NUMBER || p.distinct() != p.present() || p.present() < 2) {
      return false;
    }
    double min = Double.parseDouble(p.min());
    double max = Double.parseDouble(p.max());
    return min == Math.rint(min) && max == Math.rint(max) && max - min + 1 == p.distinct();
  }

  /** Adds the histogram of {@code p} and its caption to {@code report}. */
  static void add(HtmlReport report, ColumnProfile p) {
    Histogram h = p.fencedHistogram();
    List<String> labels = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    if (h.below() > 0) {
      labels.add("< " + Figures.of(h.min()));
      counts.add((double) h.below());
    }
    labels.addAll(h.labels());
    Arrays.stream(h.counts()).forEach(n -> counts.add((double) n));
    if (h.above() > 0) {
      labels.add("> " + Figures.of(h.max()));
      counts.add((double) h.above());
    }
    report.chart(SvgChart.of("Histogram of " + p.name(), p.name() + " (left edge of each of "
        + h.counts().length + " equal-width bins)", "rows").bars(labels, counts));
    report.paragraph(caption(p.name(), h));
  }

  private static String caption(String name, Histogram h) {
    int bins = h.counts().length;
    if (h.below() + h.above() == 0) {
      return String.format(Locale.ROOT, "%s: %d bins from the minimum %s to the maximum %s (no value beyond "
          + "Tukey's fences).", name, bins, Figures.of(h.min()), Figures.of(h.max()));
    }
    List<String> outside = new ArrayList<>();
    if (h.below() > 0) {
      outside.add("< " + Figures.of(h.min()) + ": " + rows(h.below()));
    }
    if (h.above() > 0) {
      outside.add("> " + Figures.of(h.max()) + ": " + rows(h.above()));
    }
    return String.format(Locale.ROOT, "%s: %d bins from %s to %s, the values within Tukey's fences (Q1 - 1.5 IQR "
        + "to Q3 + 1.5 IQR), so outliers do not squash the rest into one bar; the rows beyond have bars of their "
        + "own, none left out: %s.", name, bins, Figures.of(h.min()), Figures.of(h.max()), String.join("; ", outside));
  }

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }
}
