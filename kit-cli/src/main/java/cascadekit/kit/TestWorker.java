package cascadekit.kit;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The test worker: a JVM of its own, started and replaced by {@link Sandbox}, that runs learner
 * code so an endless loop, {@code System.exit} or an exhausted heap can never take the kit
 * down. It reads one {@code run<TAB>TEST_CLASS<TAB>CLASSES} request a line and answers in
 * {@link Wire} lines: {@code planned} for each test, {@code started}, {@code finished}, then
 * {@code done}, or {@code died REASON}; {@code exiting} when the JVM shuts down. What learner
 * code prints is kept per test, not mixed into the answers.
 */
public final class TestWorker {
  /** The most a test's printed output is kept, in bytes. */
  static final int PRINTED_LIMIT = 4_000;

  private final PrintStream answers;
  private final Printed printed = new Printed();

  private TestWorker(PrintStream answers) {
    this.answers = answers;
  }

  /** Serves requests from standard input until it closes. */
  public static void main(String[] args) throws IOException {
    PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    TestWorker worker = new TestWorker(answers);
    System.setIn(InputStream.nullInputStream());
    PrintStream learner = new PrintStream(worker.printed, true, StandardCharsets.UTF_8);
    System.setOut(learner);
    System.setErr(learner);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> worker.send("exiting")));
    TestRunner runner = new TestRunner();
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      List<String> request = Wire.decode(line);
      worker.serve(runner, request.get(1), Path.of(request.get(2)));
    }
  }

  private void serve(TestRunner runner, String testClass, Path classes) {
    try {
      runner.run(testClass, classes, new Listener());
      send("done");
    } catch (ClassNotFoundException e) {
      send("died", "no test class " + testClass + " in " + classes);
    } catch (OutOfMemoryError e) {
      send("died", "ran out of memory (OutOfMemoryError: " + e.getMessage() + ")");
      Runtime.getRuntime().halt(3); // a fresh worker replaces this one
    }
  }

  private void send(String... fields) {
    answers.println(Wire.encode(fields));
  }

  /** Sends each event as a line. */
  private final class Listener implements TestRunner.Listener {
    @Override
    public void planned(TestStart test) {
      send("planned", test.method(), test.displayName(), Integer.toString(test.task()));
    }

    @Override
    public void started(TestStart test) {
      send("started", test.method(), test.displayName(), Integer.toString(test.task()));
    }

    @Override
    public void finished(TestOutcome o) {
      send("finished", o.method(), o.displayName(), Integer.toString(o.task()), Boolean.toString(o.passed()),
          o.failure(), Boolean.toString(o.linkage()), o.printed());
    }

    @Override
    public String takePrinted() {
      return printed.take();
    }
  }

  /** What learner code prints, kept up to {@link #PRINTED_LIMIT} bytes until taken. */
  private static final class Printed extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (bytes.size() < PRINTED_LIMIT) {
        bytes.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, Math.max(0, Math.min(len, PRINTED_LIMIT - bytes.size())));
    }

    synchronized String take() {
      String text = bytes.toString(StandardCharsets.UTF_8);
      bytes.reset();
      return text;
    }
  }
}
