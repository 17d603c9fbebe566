package cascadekit.document;

import java.util.List;

/**
 * The answer to "which steps and inputs produced this file?".
 *
 * @param dataset the dataset asked about
 * @param runs the completed runs it descends from, in the order they ran
 * @param inputs every dataset those runs read, in order of first use
 * @param sources the inputs no run in the log produced: where the data came in
 */
public record Provenance(
    String dataset, List<RunEvent> runs, List<String> inputs, List<String> sources) {
  /** Keeps unmodifiable copies. */
  public Provenance {
    runs = List.copyOf(runs);
    inputs = List.copyOf(inputs);
    sources = List.copyOf(sources);
  }

  /** Returns the job names of {@link #runs()}, such as {@code [load-visits, clean-visits]}. */
  public List<String> steps() {
    return runs.stream().map(run -> run.job().name()).toList();
  }
}
