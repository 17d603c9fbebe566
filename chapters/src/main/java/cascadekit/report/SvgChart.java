package cascadekit.report;

import static cascadekit.report.ChartFrame.f;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inline SVG charts for {@link HtmlReport}: bars for one value per label, grouped bars for two or
 * more series side by side (a reference and a current distribution), lines for series over the
 * same labels (months). Every chart has a title (its accessible name), an x-axis title, a y-axis
 * title, four to six y ticks of 1, 2 or 5 steps ({@link Ticks}) with light grid lines, and x
 * labels that never overlap ({@link XLabels}). The y axis starts at zero unless the chart is
 * about change ({@link #startingAtData()}), and then a note in the chart says where it starts.
 *
 * <pre>{@code
 * String svg = SvgChart.of("Missing values per column", "column", "missing rows")
 *     .bars(List.of("age", "sex"), List.of(70.0, 12.0));
 * SvgChart.of("PSI by month", "month", "PSI").threshold(0.25, "PSI 0.25").lines(months, psi);
 * }</pre>
 */
public final class SvgChart {
  private final String title;
  private final String xTitle;
  private final String yTitle;
  private final List<Threshold> thresholds;
  private final boolean fromData;

  private record Threshold(double value, String label) {}

  private SvgChart(String title, String xTitle, String yTitle, List<Threshold> thresholds, boolean fromData) {
    this.title = title;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.thresholds = thresholds;
    this.fromData = fromData;
  }

  /** Returns a chart titled {@code title} (its accessible name) with the two axis titles. */
  public static SvgChart of(String title, String xTitle, String yTitle) {
    for (String text : new String[] {title, xTitle, yTitle}) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("chart '" + title + "': needs a title and two axis titles, got '"
            + xTitle + "' and '" + yTitle + "'");
      }
    }
    return new SvgChart(title, xTitle, yTitle, List.of(), false);
  }

  /** Returns this chart with a dashed line at {@code value}, labelled (e.g. {@code "PSI 0.25"}). */
  public SvgChart threshold(double value, String label) {
    require(Double.isFinite(value), "threshold '" + label + "' is " + value);
    List<Threshold> more = new ArrayList<>(thresholds);
    more.add(new Threshold(value, label));
    return new SvgChart(title, xTitle, yTitle, List.copyOf(more), fromData);
  }

  /** Returns this chart with a y axis from the data's low end, not zero, and a note saying so. */
  public SvgChart startingAtData() {
    return new SvgChart(title, xTitle, yTitle, thresholds, true);
  }

  /** Returns a bar chart with one bar per label; a bar too short to see carries its value. */
  public String bars(List<String> labels, List<Double> values) {
    return groupedBars(labels, Map.of(yTitle, values));
  }

  /** Returns bars of every series side by side per label, with a legend when there are several. */
  public String groupedBars(List<String> labels, Map<String, List<Double>> series) {
    ChartFrame frame = frame(labels, series, series.size() > 1);
    double base = frame.y(Math.max(Math.min(0, frame.ticksHigh()), frame.ticksLow()));
    double width = frame.slot() * 0.8 / series.size();
    int s = 0;
    for (Map.Entry<String, List<Double>> bars : series.entrySet()) {
      for (int i = 0; i < labels.size(); i++) {
        double value = bars.getValue().get(i);
        double y = frame.y(value);
        double x = frame.x(i) - frame.slot() * 0.4 + s * width;
        String name = series.size() > 1 ? bars.getKey() + ", " : "";
        frame.add(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s%s: %s</title></rect>",
            x, Math.min(y, base), width * 0.9, Math.abs(base - y), ChartFrame.colour(s), Html.escape(name),
            Html.escape(labels.get(i)), number(value)));
        if (value != 0 && Math.abs(base - y) < 3) {
          frame.add(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
              x + width * 0.45, Math.min(y, base) - 3, number(value)));
        }
      }
      if (series.size() > 1) {
        frame.legend(s, bars.getKey());
      }
      s++;
    }
    return finish(frame);
  }

  /** Returns a line chart with one line per series, all over the same labels, with a legend when there are several. */
  public String lines(List<String> labels, Map<String, List<Double>> series) {
    ChartFrame frame = frame(labels, series, series.size() > 1);
    int s = 0;
    for (Map.Entry<String, List<Double>> line : series.entrySet()) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < labels.size(); i++) {
        points.append(f("%.1f,%.1f ", frame.x(i), frame.y(line.getValue().get(i))));
      }
      frame.add(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>",
          ChartFrame.colour(s), points.toString().trim(), Html.escape(line.getKey())));
      if (series.size() > 1) {
        frame.legend(s, line.getKey());
      }
      s++;
    }
    return finish(frame);
  }

  private ChartFrame frame(List<String> labels, Map<String, List<Double>> series, boolean legend) {
    require(!labels.isEmpty() && !series.isEmpty(), "no values to draw");
    double low = fromData ? Double.MAX_VALUE : 0;
    double high = fromData ? -Double.MAX_VALUE : 0;
    for (Map.Entry<String, List<Double>> values : series.entrySet()) {
      require(values.getValue().size() == labels.size(),
          labels.size() + " labels but " + values.getValue().size() + " values in series '" + values.getKey() + "'");
      for (int i = 0; i < labels.size(); i++) {
        double value = values.getValue().get(i);
        require(Double.isFinite(value), "value of '" + labels.get(i) + "' in series '" + values.getKey() + "' is " + value);
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
    for (Threshold t : thresholds) {
      low = Math.min(low, t.value());
      high = Math.max(high, t.value());
    }
    return new ChartFrame(title, xTitle, yTitle, Ticks.covering(low, high), labels, legend);
  }

  private String finish(ChartFrame frame) {
    thresholds.forEach(t -> frame.threshold(t.value(), t.label()));
    if (fromData && frame.ticksLow() != 0) {
      frame.note("y axis starts at " + frame.lowestTick() + ", not 0");
    }
    return frame.close();
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("chart '" + title + "': " + problem);
    }
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : f("%.3g", value);
  }
}
