package cascadekit.kit;

import cascadekit.data.Datasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs {@code ./kit} commands in-process against a fixture project, capturing what they print.
 * Call {@link #close()} after each test.
 */
final class KitRunner implements AutoCloseable {
  final Path root;
  final Project project;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;

  KitRunner(Path root) throws IOException {
    this.root = root;
    this.project = FixtureProject.create(root);
    System.setProperty(Datasets.ROOT_PROPERTY, root.toString());
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Returns the exit status of {@code ./kit args}, with nothing typed. */
  int kit(String... args) {
    return kitAnswering("", args);
  }

  /** Returns the exit status of {@code ./kit args}, with {@code typed} as the learner's input. */
  int kitAnswering(String typed, String... args) {
    out.reset();
    err.reset();
    return Kit.run(args, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns what the last command printed to standard output. */
  String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Returns what the last command printed to standard error. */
  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Returns a context like the CLI's, printing plain text to the captured output. */
  Context context(String typed) {
    return new Context(
        project,
        new Screen(System.out, false),
        new java.io.BufferedReader(new java.io.StringReader(typed)));
  }

  @Override
  public void close() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.clearProperty(Datasets.ROOT_PROPERTY);
  }
}
