package cascadekit.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The graph of completed runs in a lineage log, walked backwards in time: the version of a dataset
 * that exists now was written by the last run that output it; that run's inputs were written by the
 * last runs before it that output them; and so on to the sources.
 *
 * <pre>{@code
 * LineageGraph.of(LineageLog.read(log)).provenance("reports/visits_model.csv").steps();
 * // => [load-visits, clean-visits, train-model]
 * }</pre>
 *
 * <p>Datasets are matched by name; START and FAIL events produce nothing and are skipped.
 */
public final class LineageGraph {
  /** A dataset whose producer is sought among the runs before index {@code before}. */
  private record Wanted(String dataset, int before) {}

  private final List<RunEvent> completed;

  private LineageGraph(List<RunEvent> completed) {
    this.completed = completed;
  }

  /** Returns the graph of the COMPLETE events among {@code events}, kept in log order. */
  public static LineageGraph of(List<RunEvent> events) {
    return new LineageGraph(
        events.stream().filter(e -> e.eventType() == EventType.COMPLETE).toList());
  }

  /** Returns the runs and inputs that {@code dataset}'s latest version descends from. */
  public Provenance provenance(String dataset) {
    boolean known =
        completed.stream()
            .anyMatch(
                run ->
                    names(run.inputs()).contains(dataset)
                        || names(run.outputs()).contains(dataset));
    if (!known) {
      throw new IllegalArgumentException("no completed run in the log read or wrote " + dataset);
    }
    TreeSet<Integer> reached = new TreeSet<>();
    Set<String> sources = new HashSet<>();
    Set<Wanted> visited = new HashSet<>();
    Deque<Wanted> todo = new ArrayDeque<>(List.of(new Wanted(dataset, completed.size())));
    while (!todo.isEmpty()) {
      Wanted wanted = todo.pop();
      if (!visited.add(wanted)) {
        continue;
      }
      int producer = lastProducer(wanted.dataset(), wanted.before());
      if (producer < 0) {
        sources.add(wanted.dataset());
      } else if (reached.add(producer)) {
        completed.get(producer).inputs().forEach(in -> todo.push(new Wanted(in.name(), producer)));
      }
    }
    List<RunEvent> runs = reached.stream().map(completed::get).toList();
    Set<String> inputs = new LinkedHashSet<>();
    runs.forEach(run -> inputs.addAll(names(run.inputs())));
    return new Provenance(
        dataset, runs, List.copyOf(inputs), inputs.stream().filter(sources::contains).toList());
  }

  private int lastProducer(String dataset, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (names(completed.get(i).outputs()).contains(dataset)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> names(List<LineageDataset> datasets) {
    return datasets.stream().map(LineageDataset::name).toList();
  }
}
