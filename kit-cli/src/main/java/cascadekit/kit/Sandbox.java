package cascadekit.kit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs exercise tests in a {@link TestWorker} JVM that the kit keeps warm between runs and
 * replaces when it dies or overruns: an endless loop times out, {@code System.exit},
 * {@code Runtime.halt} and an exhausted heap fail the test that caused them, and the kit goes on.
 *
 * <pre>{@code
 * try (Sandbox sandbox = new Sandbox(project, Duration.ofSeconds(10))) {
 *   SandboxRun run = sandbox.run("fixture.DoubleItTest", classes);
 * }
 * }</pre>
 */
final class Sandbox implements AutoCloseable {
  /** How long one run may take unless the learner says otherwise. */
  static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

  private final Project project;
  private final Duration limit;
  private final SparkRuntime spark;
  private Worker worker;

  Sandbox(Project project, Duration limit) {
    this(project, limit, null);
  }

  /** A sandbox whose workers run on {@code spark}'s class path with its flags (the kit's own if null). */
  Sandbox(Project project, Duration limit, SparkRuntime spark) {
    this.project = project;
    this.limit = limit;
    this.spark = spark;
  }

  /** Starts a worker now if none runs, so it warms up while the caller compiles. */
  synchronized void warmUp() {
    if (worker == null || !worker.alive()) {
      worker = Worker.start(project, spark);
    }
  }

  /**
   * Returns what running {@code testClass}, loaded from {@code classes}, gave. An interrupt stops
   * the run: its worker is ended, and a fresh one serves the next run.
   */
  SandboxRun run(String testClass, Path classes) throws InterruptedException {
    Worker running;
    synchronized (this) {
      warmUp();
      running = worker;
    }
    try {
      return await(running, testClass, classes);
    } catch (InterruptedException e) {
      discard(running);
      throw e;
    }
  }

  private SandboxRun await(Worker running, String testClass, Path classes) throws InterruptedException {
    running.send(Wire.encode("run", testClass, classes.toString()));
    long deadline = System.nanoTime() + limit.toNanos();
    RunState progress = new RunState();
    boolean exiting = false;
    while (true) {
      String line = running.poll(deadline - System.nanoTime());
      if (line == null) {
        discard(running);
        return progress.stop("timed out after " + limit.toSeconds() + " s",
            "an endless loop, or a very slow one? The kit stopped the run here");
      }
      List<String> answer = Wire.decode(line);
      switch (answer.get(0)) {
        case "planned" -> progress.planned.add(test(answer));
        case "started" -> progress.running = test(answer);
        case "finished" -> progress.finished(answer);
        case "exiting" -> exiting = true;
        case "done" -> {
          return progress.end("");
        }
        case "died" -> {
          discard(running);
          return progress.stop(answer.get(1), "the kit stopped the run here");
        }
        case Worker.ENDED -> {
          int status = running.exitStatus();
          discard(running);
          return exiting
              ? progress.stop("called System.exit(" + status + ")",
                  "that would end the kit too; return a value or throw an exception instead")
              : progress.stop("stopped the JVM (Runtime.halt(" + status + "), or a crash)",
                  "return a value or throw an exception instead");
        }
        default -> throw new IllegalStateException("the test worker said: " + line);
      }
    }
  }

  private synchronized void discard(Worker dead) {
    dead.kill();
    if (worker == dead) {
      worker = null;
    }
  }

  private static TestStart test(List<String> answer) {
    return new TestStart(answer.get(1), answer.get(2), Integer.parseInt(answer.get(3)));
  }

  @Override
  public synchronized void close() throws InterruptedException {
    if (worker != null) {
      worker.stop();
      worker = null;
    }
  }

  /** What a run has told so far. */
  private static final class RunState {
    private final List<TestStart> planned = new ArrayList<>();
    private final List<TestOutcome> outcomes = new ArrayList<>();
    private TestStart running;

    void finished(List<String> a) {
      outcomes.add(new TestOutcome(a.get(1), a.get(2), Integer.parseInt(a.get(3)), Boolean.parseBoolean(a.get(4)),
          a.get(5), Boolean.parseBoolean(a.get(6)), a.get(7)));
      running = null;
    }

    /** Returns the run stopped for {@code reason}, failing the test it was in with {@code advice}. */
    SandboxRun stop(String reason, String advice) {
      if (running == null) {
        return end(reason + " before a test started");
      }
      outcomes.add(TestOutcome.stopped(running, reason + "; " + advice + "."));
      return end(reason + " in " + running.where());
    }

    /** Returns the run as it ended, with every planned test that has no outcome as not run. */
    SandboxRun end(String stopped) {
      List<TestStart> notRun = new ArrayList<>(planned);
      notRun.removeIf(test -> outcomes.stream().anyMatch(o -> o.method().equals(test.method())
          && o.displayName().equals(test.displayName())));
      return new SandboxRun(outcomes, notRun, stopped);
    }
  }
}
