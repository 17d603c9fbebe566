package cascadekit.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A started run of a step in a {@link LineageLog}: ends once, with COMPLETE or FAIL. */
public final class LineageRun {
  private final LineageLog log;
  private final UUID runId;
  private final RunEvent.Job job;
  private final List<LineageDataset> inputs;
  private EventType ended;

  LineageRun(LineageLog log, UUID runId, RunEvent.Job job, List<LineageDataset> inputs) {
    this.log = log;
    this.runId = runId;
    this.job = job;
    this.inputs = List.copyOf(inputs);
  }

  /** Returns the run's id. */
  public UUID runId() {
    return runId;
  }

  /** Emits COMPLETE with the run's inputs and {@code outputs}, and returns the event. */
  public RunEvent complete(List<LineageDataset> outputs) {
    return end(event(EventType.COMPLETE, outputs, Optional.empty()));
  }

  /** Emits FAIL with the run's inputs and {@code message}, and returns the event. */
  public RunEvent fail(String message) {
    return end(event(EventType.FAIL, List.of(), Optional.of(message)));
  }

  RunEvent event(EventType type, List<LineageDataset> outputs, Optional<String> error) {
    return new RunEvent(
        type, log.clock().instant(), runId, job, inputs, outputs, error, LineageLog.PRODUCER);
  }

  private RunEvent end(RunEvent event) {
    if (ended != null) {
      throw new IllegalStateException(
          "run " + runId + " of " + job.name() + " already ended with " + ended);
    }
    ended = event.eventType();
    log.append(event);
    return event;
  }
}
