package cascadekit.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One OpenLineage run event: a job's run changed state at a time, reading some datasets and writing
 * others. {@link EventJson} writes it in OpenLineage's JSON shape.
 *
 * @param eventType START, COMPLETE or FAIL
 * @param eventTime when the state changed
 * @param runId the run's id, the same in all events of one run
 * @param job the job, the pipeline step that runs
 * @param inputs the datasets the run reads
 * @param outputs the datasets the run wrote
 * @param errorMessage why a FAIL failed; empty otherwise
 * @param producer the URI of the software that emitted the event
 */
public record RunEvent(
    EventType eventType,
    Instant eventTime,
    UUID runId,
    Job job,
    List<LineageDataset> inputs,
    List<LineageDataset> outputs,
    Optional<String> errorMessage,
    String producer) {
  /**
   * A job: a pipeline step, unique by namespace and name.
   *
   * @param namespace the pipeline, such as {@code cascadekit}
   * @param name the step, such as {@code clean-visits}
   */
  public record Job(String namespace, String name) {}

  /** Keeps unmodifiable copies of the datasets. */
  public RunEvent {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }
}
