package cascadekit.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts for {@link HtmlReport}: bars for one value per label, lines for series over
 * the same labels (months, bins). Axes start at zero; the scale is the largest value shown.
 *
 * <pre>{@code
 * String svg = SvgChart.bars("Missing values per column", List.of("age", "sex"), List.of(70.0, 12.0));
 * }</pre>
 */
public final class SvgChart {
  private static final int WIDTH = 880;
  private static final int HEIGHT = 260;
  private static final int LEFT = 60;
  private static final int BOTTOM = 40;
  private static final int TOP = 30;
  private static final int RIGHT = 20;
  private static final int LEGEND = 170;
  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
  };

  private SvgChart() {}

  /** Returns a bar chart with one bar per label. */
  public static String bars(String title, List<String> labels, List<Double> values) {
    requireSameSize(labels, values.size());
    double max = Math.max(1e-12, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    StringBuilder svg = open(title, max, WIDTH - RIGHT);
    double slot = (double) (WIDTH - RIGHT - LEFT) / Math.max(1, labels.size());
    for (int i = 0; i < labels.size(); i++) {
      double height = (HEIGHT - TOP - BOTTOM) * values.get(i) / max;
      double x = LEFT + i * slot + slot * 0.15;
      svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
          x, HEIGHT - BOTTOM - height, slot * 0.7, height, COLOURS[0], Html.escape(labels.get(i)), number(values.get(i))));
      label(svg, LEFT + i * slot + slot / 2, labels.get(i));
    }
    return svg.append("</svg>").toString();
  }

  /** Returns a line chart with one line per series, all over the same labels. */
  public static String lines(String title, List<String> labels, Map<String, List<Double>> series) {
    series.values().forEach(values -> requireSameSize(labels, values.size()));
    double max = Math.max(1e-12, series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(1));
    // The legend gets a column of its own to the right, so it never covers a line.
    int plotRight = WIDTH - LEGEND;
    StringBuilder svg = open(title, max, plotRight);
    double step = (double) (plotRight - LEFT) / Math.max(1, labels.size() - 1);
    int colour = 0;
    for (Map.Entry<String, List<Double>> line : series.entrySet()) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < labels.size(); i++) {
        double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * line.getValue().get(i) / max;
        points.append(f("%.1f,%.1f ", LEFT + i * step, y));
      }
      String stroke = COLOURS[colour % COLOURS.length];
      svg.append(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>",
          stroke, points.toString().trim(), Html.escape(line.getKey())));
      svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>",
          plotRight + 30, TOP + 10 + 14 * colour, stroke, Html.escape(line.getKey())));
      colour++;
    }
    for (int i = 0; i < labels.size(); i++) {
      label(svg, LEFT + i * step, labels.get(i));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, double max, int plotRight) {
    StringBuilder svg = new StringBuilder();
    svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    svg.append(f("<text x=\"%d\" y=\"16\" font-size=\"14\" font-weight=\"bold\">%s</text>", LEFT, Html.escape(title)));
    svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, TOP, LEFT, HEIGHT - BOTTOM));
    svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, HEIGHT - BOTTOM, plotRight, HEIGHT - BOTTOM));
    svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT - 4, TOP + 4, number(max)));
    svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>", LEFT - 4, HEIGHT - BOTTOM));
    return svg;
  }

  private static void label(StringBuilder svg, double x, String text) {
    svg.append(f("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
        x, HEIGHT - BOTTOM + 16, Html.escape(text)));
  }

  private static void requireSameSize(List<String> labels, int values) {
    if (labels.size() != values) {
      throw new IllegalArgumentException(labels.size() + " labels but " + values + " values");
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : f("%.3g", value);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
