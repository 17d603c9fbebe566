package cascadekit.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One running {@link TestWorker} JVM, as the kit sees it: a request pipe and a queue of its answer lines. */
final class Worker {
  /** Names the class data sharing archive the {@code ./kit} script made, which the worker shares. */
  static final String SHARED_ARCHIVE_PROPERTY = "cascadekit.sharedArchive";

  /** The line the queue gives once the worker's output ends, because it exited or was killed. */
  static final String ENDED = "\u0000ended";

  private final Process process;
  private final PrintStream requests;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Thread killOnExit;

  private Worker(Process process) {
    this.process = process;
    this.requests = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.killOnExit = new Thread(process::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(killOnExit);
    Thread reader = new Thread(this::readAnswers, "kit-worker-answers");
    reader.setDaemon(true);
    reader.start();
  }

  /** Returns a worker JVM just started for {@code project}, on the kit's own class path. */
  static Worker start(Project project) {
    return start(project, null);
  }

  /** Returns a worker JVM just started for {@code project}, on {@code spark}'s class path with its flags, or the kit's if null. */
  static Worker start(Project project, SparkRuntime spark) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // JVM logging goes to standard error: standard output carries the worker's answers.
    command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Xmx512m", "-Djava.awt.headless=true"));
    String archive = System.getProperty(SHARED_ARCHIVE_PROPERTY, "");
    if (spark != null) {
      command.addAll(spark.flags());
      command.add("-Xmx1g"); // Spark refuses a heap under 450 MB of usable memory
    } else if (!archive.isEmpty() && Files.isRegularFile(Path.of(archive))) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(List.of("-D" + cascadekit.data.Datasets.ROOT_PROPERTY + "=" + project.root(),
        "-cp", spark == null ? System.getProperty("java.class.path") : spark.classpath(), TestWorker.class.getName()));
    try {
      return new Worker(
          new ProcessBuilder(command)
              .directory(project.root().toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the kit's test worker", e);
    }
  }

  /** Sends one request line. */
  void send(String line) {
    requests.println(line);
  }

  /** Returns the next answer line, waiting at most {@code nanos}; null when none came in time. */
  String poll(long nanos) throws InterruptedException {
    return answers.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
  }

  /** Returns whether the worker JVM still runs. */
  boolean alive() {
    return process.isAlive();
  }

  /** Returns the worker's exit status, waiting a little for it to end; -1 if it does not. */
  int exitStatus() throws InterruptedException {
    return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** Ends the worker at once. */
  void kill() {
    process.destroyForcibly();
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or ran already
    }
  }

  /** Asks the worker to finish by closing its requests, and kills it if it lingers. */
  void stop() throws InterruptedException {
    requests.close();
    process.waitFor(2, TimeUnit.SECONDS);
    kill(); // ends a worker that lingers, and removes the hook of one that is gone
  }

  private void readAnswers() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        answers.add(line);
      }
    } catch (IOException ended) {
      // a killed worker's pipe breaks; that is an end like any other
    }
    answers.add(ENDED);
  }
}
