package cascadekit.report;

import cascadekit.document.RunEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The lineage of a log as an inline SVG graph: datasets and steps as boxes, an arrow from each
 * input to its step and from each step to its outputs, laid out in layers from left to right in the
 * order the data flowed. No script, font or link to anything outside the page.
 *
 * <pre>{@code
 * report.heading("Lineage").chart(LineageSection.svg(LineageLog.read(log)));
 * }</pre>
 *
 * <p>Each run is drawn as its last event: a step that failed is red, one that never ended grey.
 */
public final class LineageSection {
  private static final int BOX_WIDTH = 180;
  private static final int BOX_HEIGHT = 34;
  private static final int COLUMN = 240;
  private static final int ROW = 54;
  private static final int MARGIN = 20;
  private static final int LABEL = 24;

  private LineageSection() {}

  /** Returns the section: a heading and the graph of {@code events}. */
  public static String html(List<RunEvent> events) {
    return "<section class=\"lineage\">\n<h2>Lineage</h2>\n" + svg(events) + "\n</section>\n";
  }

  /** Returns the graph of {@code events} as an SVG element. */
  public static String svg(List<RunEvent> events) {
    LineageLayout layout = LineageLayout.of(lastEventOfEachRun(events));
    int width = 2 * MARGIN + layout.columns() * COLUMN - (COLUMN - BOX_WIDTH);
    int height = 2 * MARGIN + Math.max(1, layout.rows()) * ROW - (ROW - BOX_HEIGHT);
    StringBuilder svg = new StringBuilder();
    svg.append(
        f(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" role=\"img\" aria-label=\"Lineage: steps and datasets\">\n",
            width, height, width, height));
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
            + "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" "
            + "fill=\"#555\"/></marker></defs>\n");
    for (LineageLayout.Edge edge : layout.edges()) {
      svg.append(
          f(
              "<line class=\"edge\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" "
                  + "marker-end=\"url(#arrow)\"/>\n",
              x(edge.from()) + BOX_WIDTH,
              y(edge.from()) + BOX_HEIGHT / 2,
              x(edge.to()),
              y(edge.to()) + BOX_HEIGHT / 2));
    }
    layout.nodes().forEach(node -> svg.append(box(node)));
    return svg.append("</svg>").toString();
  }

  private static String box(LineageLayout.Node node) {
    String fill =
        switch (node.kind()) {
          case "dataset" -> "#eaf2fb";
          case "failed" -> "#fbe3e3";
          case "started" -> "#eeeeee";
          default -> "#fff3dc";
        };
    String label =
        node.label().length() > LABEL ? node.label().substring(0, LABEL - 1) + "…" : node.label();
    return f(
        "<g class=\"%s\" transform=\"translate(%d,%d)\"><title>%s</title>"
            + "<rect width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"%s\" stroke=\"#555\"/>"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text></g>\n",
        node.kind(),
        x(node),
        y(node),
        Html.escape(node.title()),
        BOX_WIDTH,
        BOX_HEIGHT,
        node.kind().equals("dataset") ? 10 : 0,
        fill,
        BOX_WIDTH / 2,
        BOX_HEIGHT / 2 + 4,
        Html.escape(label));
  }

  private static List<RunEvent> lastEventOfEachRun(List<RunEvent> events) {
    Map<UUID, RunEvent> last = new LinkedHashMap<>();
    events.forEach(e -> last.put(e.runId(), e));
    return new ArrayList<>(last.values());
  }

  private static int x(LineageLayout.Node node) {
    return MARGIN + node.column() * COLUMN;
  }

  private static int y(LineageLayout.Node node) {
    return MARGIN + node.row() * ROW;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
