package cascadekit.browser;

import cascadekit.data.Datasets;
import cascadekit.report.ReportFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reports the chapter examples write: each chapter's example (the class its text names, as
 * for {@code ./kit run NN}) runs with {@link ReportFolder#PROPERTY} pointing at one folder, and
 * whatever HTML lands there is a report, so a chapter that starts writing one is tested at once.
 */
final class ChapterReports {
  private static final Pattern EXAMPLE = Pattern.compile("cascadekit\\.examples\\.ch\\d{2}\\.\\w+Example");
  /** Chapter 11's example runs on Spark's class path, in the scale module (-Pspark), and writes no report. */
  private static final String ON_SPARK = "11-";

  private ChapterReports() {}

  /** Runs every chapter's example with its reports going to {@code folder}; their printing is kept out of the log. */
  static void write(Path folder) {
    String before = System.getProperty(ReportFolder.PROPERTY);
    PrintStream out = System.out;
    System.setProperty(ReportFolder.PROPERTY, folder.toString());
    try {
      for (String example : examples()) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
          Class.forName(example).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(example + " failed while writing its report; it printed:\n"
              + printed.toString(StandardCharsets.UTF_8), e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(example + " has no public static main(String[])", e);
        } finally {
          System.setOut(out);
        }
      }
    } finally {
      restore(before);
    }
  }

  /** Returns every {@code .html} file under {@code folder}, sorted by path. */
  static List<Path> pages(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the reports under " + folder, e);
    }
  }

  /** Returns each chapter's example class, the one its text {@code chapters/NN-*.md} names, in chapter order. */
  static List<String> examples() {
    try (Stream<Path> files = Files.list(Datasets.root().resolve("chapters"))) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{2}-.*\\.md"))
          .filter(f -> !f.getFileName().toString().startsWith(ON_SPARK)).sorted()
          .map(ChapterReports::exampleNamedIn).flatMap(Optional::stream).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the chapter texts", e);
    }
  }

  private static Optional<String> exampleNamedIn(Path chapter) {
    try {
      Matcher example = EXAMPLE.matcher(Files.readString(chapter, StandardCharsets.UTF_8));
      return example.find() ? Optional.of(example.group()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + chapter, e);
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(ReportFolder.PROPERTY);
    } else {
      System.setProperty(ReportFolder.PROPERTY, before);
    }
  }
}
