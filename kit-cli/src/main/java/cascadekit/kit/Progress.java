package cascadekit.kit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The learner's progress, kept in {@code .kit/progress.tsv}: one line per checked exercise,
 * {@code ID<TAB>STATUS}.
 */
final class Progress {
  private final StateFile state;

  private Progress(StateFile state) {
    this.state = state;
  }

  /** Returns the progress saved in {@code project}, empty when nothing was checked yet. */
  static Progress load(Project project) {
    return new Progress(
        StateFile.load(project, "progress.tsv", "a status (done, failing or new)", label -> parse(label).isPresent()));
  }

  /** Returns the status of exercise {@code id}. */
  Status of(String id) {
    return state.get(id).flatMap(Progress::parse).orElse(Status.NEW);
  }

  /** Records the status of {@code id} and saves the file. */
  void record(String id, Status status) {
    state.put(id, status.label());
  }

  private static Optional<Status> parse(String label) {
    return Arrays.stream(Status.values()).filter(status -> status.label().equals(label)).findFirst();
  }
}
