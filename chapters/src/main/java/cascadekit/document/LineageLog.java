package cascadekit.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A file of OpenLineage run events, one JSON object a line, that pipeline steps append to: a START
 * when a step begins, then a COMPLETE with what it wrote or a FAIL with why.
 *
 * <pre>{@code
 * LineageLog log = LineageLog.to(Path.of("lineage.jsonl"), clock, RunIds.seeded(9));
 * List<LineageDataset> out = log.run("clean-visits", List.of(raw), () -> List.of(clean));
 * LineageLog.read(Path.of("lineage.jsonl"));   // => [START, COMPLETE] of clean-visits
 * }</pre>
 *
 * <p>Times and run ids come from the clock and the id source given, so a test can fix both.
 */
public final class LineageLog {
  /** The job namespace of the kit's pipeline steps. */
  public static final String NAMESPACE = "cascadekit";

  /** The producer URI the kit's events name. */
  public static final String PRODUCER = "urn:cascadekit:document:lineage-log";

  private final Path file;
  private final Clock clock;
  private final Supplier<UUID> runIds;

  private LineageLog(Path file, Clock clock, Supplier<UUID> runIds) {
    this.file = file;
    this.clock = clock;
    this.runIds = runIds;
  }

  /**
   * Returns a log appending to {@code file}, timed by {@code clock}, with ids from {@code runIds}.
   */
  public static LineageLog to(Path file, Clock clock, Supplier<UUID> runIds) {
    return new LineageLog(file, clock, runIds);
  }

  /** Emits START for {@code job} reading {@code inputs}, and returns the run to end. */
  public LineageRun start(String job, List<LineageDataset> inputs) {
    LineageRun run = new LineageRun(this, runIds.get(), new RunEvent.Job(NAMESPACE, job), inputs);
    append(run.event(EventType.START, List.of(), Optional.empty()));
    return run;
  }

  /**
   * Runs {@code step} as {@code job}: START, then COMPLETE with the outputs it returns, or FAIL
   * with its exception's message, which is thrown on.
   */
  public List<LineageDataset> run(
      String job, List<LineageDataset> inputs, Supplier<List<LineageDataset>> step) {
    LineageRun run = start(job, inputs);
    List<LineageDataset> outputs;
    try {
      outputs = step.get();
    } catch (RuntimeException e) {
      run.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
    run.complete(outputs);
    return outputs;
  }

  /** Returns the events of this log's file, in the order they were written. */
  public List<RunEvent> events() {
    return read(file);
  }

  /** Returns the events of {@code file}; a malformed line is a {@link FileFormatException}. */
  public static List<RunEvent> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lineage log " + file, e);
    }
    List<RunEvent> events = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      events.add(EventReader.read(file, i + 1, lines.get(i)));
    }
    return events;
  }

  Clock clock() {
    return clock;
  }

  void append(RunEvent event) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Files.writeString(
          file,
          EventJson.write(event) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the lineage log " + file, e);
    }
  }
}
