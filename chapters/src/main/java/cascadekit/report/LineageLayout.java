package cascadekit.report;

import cascadekit.document.EventType;
import cascadekit.document.LineageDataset;
import cascadekit.document.RunEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered layout of runs and datasets for {@link LineageSection}: a step stands one column right
 * of its rightmost input, an output one column right of the last step that wrote it, and a dataset
 * no run wrote just left of the first step that reads it. Within a column, boxes stack in the order
 * they first appear in the log.
 */
final class LineageLayout {
  /** A box: its kind (dataset, step, failed, started), text, tooltip and place. */
  record Node(String kind, String label, String title, int column, int row) {}

  /** An arrow from one box to another. */
  record Edge(Node from, Node to) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<Integer, Integer> rowsUsed = new HashMap<>();

  private LineageLayout() {}

  /** Returns the layout of {@code runs}, each given as its last event, in log order. */
  static LineageLayout of(List<RunEvent> runs) {
    Map<String, Integer> datasetColumn = new HashMap<>();
    Map<RunEvent, Integer> stepColumn = new HashMap<>();
    Map<String, Integer> firstUse = new HashMap<>();
    for (RunEvent run : runs) {
      run.inputs().forEach(in -> datasetColumn.putIfAbsent(in.name(), 0));
      int column =
          1 + run.inputs().stream().mapToInt(in -> datasetColumn.get(in.name())).max().orElse(0);
      stepColumn.put(run, column);
      run.inputs().forEach(in -> firstUse.merge(in.name(), column, Math::min));
      run.outputs().forEach(out -> datasetColumn.merge(out.name(), column + 1, Math::max));
    }
    // a source stands just left of the first step that reads it
    firstUse.forEach(
        (name, column) -> datasetColumn.computeIfPresent(name, (n, c) -> c == 0 ? column - 1 : c));
    LineageLayout layout = new LineageLayout();
    for (RunEvent run : runs) {
      Node step =
          layout.place(
              "run:" + run.runId(),
              kind(run),
              run.job().name(),
              run.job().name() + " (" + run.eventType() + ", run " + run.runId() + ")",
              stepColumn.get(run));
      run.inputs()
          .forEach(in -> layout.edges.add(new Edge(layout.dataset(in, datasetColumn), step)));
      run.outputs()
          .forEach(out -> layout.edges.add(new Edge(step, layout.dataset(out, datasetColumn))));
    }
    return layout;
  }

  List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  List<Edge> edges() {
    return List.copyOf(edges);
  }

  /** Returns the number of columns, at least 1. */
  int columns() {
    return 1 + nodes.values().stream().mapToInt(Node::column).max().orElse(0);
  }

  /** Returns the number of boxes in the fullest column. */
  int rows() {
    return rowsUsed.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private Node dataset(LineageDataset dataset, Map<String, Integer> columns) {
    String name = dataset.name();
    String title =
        name
            + " (version "
            + dataset.version().substring(0, Math.min(12, dataset.version().length()))
            + ")";
    return place(
        "dataset:" + name,
        "dataset",
        name.substring(name.lastIndexOf('/') + 1),
        title,
        columns.get(name));
  }

  private Node place(String key, String kind, String label, String title, int column) {
    return nodes.computeIfAbsent(
        key,
        k -> {
          int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
          return new Node(kind, label, title, column, row);
        });
  }

  private static String kind(RunEvent run) {
    return run.eventType() == EventType.COMPLETE
        ? "step"
        : run.eventType() == EventType.FAIL ? "failed" : "started";
  }
}
