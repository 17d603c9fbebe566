package cascadekit.report;

import java.util.List;
import java.util.Locale;

/**
 * Labels under an x axis that never overlap. A label longer than {@value #MOST_CHARS} characters
 * is cut with "…" (its full text in a {@code <title>}, shown on hover). Labels that fit their
 * slot stand upright, every one; short ones that do not fit stand upright, every k-th; long
 * ones are turned -45° and, when even turned they are closer than a line's height, every k-th is
 * shown. Widths are estimated at {@value #CHAR_WIDTH} px per character of 11 px text.
 *
 * @param texts the labels, cut to the longest shown
 * @param full the labels as given
 * @param every show every k-th label, starting with the first
 * @param rotated whether the labels are turned -45°
 */
record XLabels(List<String> texts, List<String> full, int every, boolean rotated) {
  /** Estimated width of one character of 11 px text, generous for a sans-serif font. */
  static final double CHAR_WIDTH = 6.6;

  static final int MOST_CHARS = 20;
  private static final int SHORT_CHARS = 8;
  private static final double GAP = 6;
  private static final double ROTATED_PITCH = 16;

  /** Returns the layout of {@code labels} at {@code slot} px apart. */
  static XLabels of(List<String> labels, double slot) {
    List<String> texts = labels.stream()
        .map(l -> l.length() > MOST_CHARS ? l.substring(0, MOST_CHARS - 1).stripTrailing() + "…" : l)
        .toList();
    double widest = texts.stream().mapToDouble(XLabels::width).max().orElse(0);
    int longest = texts.stream().mapToInt(String::length).max().orElse(0);
    if (widest + GAP <= slot) {
      return new XLabels(texts, labels, 1, false);
    }
    if (longest <= SHORT_CHARS) {
      return new XLabels(texts, labels, (int) Math.ceil((widest + GAP) / slot), false);
    }
    return new XLabels(texts, labels, (int) Math.ceil(ROTATED_PITCH / slot), true);
  }

  /** Returns the estimated width of {@code text} in px. */
  static double width(String text) {
    return text.length() * CHAR_WIDTH;
  }

  /** Returns the px the labels take below the axis. */
  double height() {
    int longest = texts.stream().mapToInt(String::length).max().orElse(0);
    return rotated ? 14 + longest * CHAR_WIDTH * Math.sqrt(0.5) : 18;
  }

  /** Appends the shown labels, label i centred at {@code x[i]}, under an axis at {@code y}. */
  void draw(StringBuilder svg, double[] x, double y) {
    for (int i = 0; i < texts.size(); i += every) {
      String tooltip = texts.get(i).equals(full.get(i)) ? "" : "<title>" + Html.escape(full.get(i)) + "</title>";
      if (rotated) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
            + "transform=\"rotate(-45 %.1f %.1f)\">%s%s</text>", x[i], y + 12, x[i], y + 12, tooltip,
            Html.escape(texts.get(i))));
      } else {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s%s</text>",
            x[i], y + 15, tooltip, Html.escape(texts.get(i))));
      }
    }
  }
}
