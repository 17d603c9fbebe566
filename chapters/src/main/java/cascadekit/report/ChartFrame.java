package cascadekit.report;

import java.util.List;
import java.util.Locale;

/**
 * The frame every {@link SvgChart} draws in: the title, both axis titles, the y ticks with light
 * grid lines, the x labels, an optional note and legend, and the mapping from a value to its
 * height. The plot is {@value #PLOT_HEIGHT} px high; the chart grows downwards with its labels.
 */
final class ChartFrame {
  static final int WIDTH = 880;
  static final int LEFT = 78;
  static final int TOP = 40;
  static final int PLOT_HEIGHT = 190;
  static final int BOTTOM = TOP + PLOT_HEIGHT;
  static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
  };
  private static final int RIGHT = 20;
  private static final int LEGEND = 170;

  private final Ticks ticks;
  private final int right;
  private final int slots;
  private final XLabels labels;
  private final StringBuilder svg = new StringBuilder();

  /** Opens a chart of {@code labels.size()} slots, with a legend column when {@code legend} is set. */
  ChartFrame(String title, String xTitle, String yTitle, Ticks ticks, List<String> labels, boolean legend) {
    this.ticks = ticks;
    this.right = WIDTH - (legend ? LEGEND : RIGHT);
    this.slots = Math.max(1, labels.size());
    this.labels = XLabels.of(labels, slot());
    int height = (int) Math.ceil(BOTTOM + this.labels.height() + 26);
    svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "role=\"img\" aria-label=\"%s\">", WIDTH, height, WIDTH, height, Html.escape(title)));
    svg.append(f("<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>", LEFT, Html.escape(title)));
    List<String> tickTexts = ticks.labels();
    for (int i = 0; i < tickTexts.size(); i++) {
      double y = y(ticks.values().get(i).doubleValue());
      svg.append(f("<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>", LEFT, y, right, y));
      svg.append(f("<text class=\"tick\" x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
          LEFT - 6, y + 4, tickTexts.get(i)));
    }
    svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, TOP, LEFT, BOTTOM));
    svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, BOTTOM, right, BOTTOM));
    int middle = TOP + PLOT_HEIGHT / 2;
    svg.append(f("<text class=\"y-title\" x=\"16\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
        + "transform=\"rotate(-90 16 %d)\">%s</text>", middle, middle, Html.escape(yTitle)));
    svg.append(f("<text class=\"x-title\" x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
        (LEFT + right) / 2, height - 8, Html.escape(xTitle)));
  }

  /** Returns the width of one label's slot. */
  double slot() {
    return (double) (right - LEFT) / slots;
  }

  /** Returns the x of the middle of slot {@code i}. */
  double x(int i) {
    return LEFT + (i + 0.5) * slot();
  }

  /** Returns the value where the y axis starts. */
  double ticksLow() {
    return ticks.low();
  }

  /** Returns the value where the y axis ends. */
  double ticksHigh() {
    return ticks.high();
  }

  /** Returns the lowest tick as printed. */
  String lowestTick() {
    return ticks.labels().get(0);
  }

  /** Returns the y of {@code value} on the axis. */
  double y(double value) {
    return BOTTOM - PLOT_HEIGHT * (value - ticks.low()) / (ticks.high() - ticks.low());
  }

  /** Appends raw SVG elements. */
  void add(String elements) {
    svg.append(elements);
  }

  /** Adds a dashed horizontal line at {@code value}, labelled at its right end. */
  void threshold(double value, String label) {
    double y = y(value);
    svg.append(f("<line class=\"threshold\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d62728\" "
        + "stroke-dasharray=\"6 4\"/>", LEFT, y, right, y));
    svg.append(f("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#d62728\">%s</text>",
        right - 4, y - 4, Html.escape(label)));
  }

  /** Adds a note at the top right of the plot, e.g. where a cut y axis starts. */
  void note(String text) {
    svg.append(f("<text class=\"note\" x=\"%d\" y=\"34\" font-size=\"11\" font-style=\"italic\" fill=\"#555\" "
        + "text-anchor=\"end\">%s</text>", right, Html.escape(text)));
  }

  /** Adds legend entry {@code index}: a swatch in its colour and the name. */
  void legend(int index, String name) {
    svg.append(f("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", right + 20, TOP + 14 * index,
        colour(index)));
    svg.append(f("<text class=\"legend\" x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", right + 34, TOP + 9 + 14 * index,
        Html.escape(name)));
  }

  /** Returns the colour of series {@code index}. */
  static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  /** Returns the finished SVG, the x labels drawn last so that nothing covers them. */
  String close() {
    double[] xs = new double[labels.texts().size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = x(i);
    }
    labels.draw(svg, xs, BOTTOM);
    return svg.append("</svg>").toString();
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
