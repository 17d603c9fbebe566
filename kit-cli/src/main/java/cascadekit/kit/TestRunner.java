package cascadekit.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one exercise's test class inside this JVM, against classes compiled into a folder, in a
 * class loader of its own so no state leaks from one run to the next.
 */
final class TestRunner {
  private TestRunner() {}

  /** Returns the outcome of every test in {@code testClass}, loaded from {@code classes}. */
  static List<TestOutcome> run(String testClass, Path classes) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, TestRunner.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request().selectors(selectClass(loader.loadClass(testClass))).build();
      Collector collector = new Collector();
      LauncherFactory.create().execute(request, collector);
      return collector.outcomes;
    } catch (ClassNotFoundException e) {
      throw new KitException("no test class " + testClass + " in " + classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL url(Path folder) {
    try {
      return folder.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(folder.toString(), e);
    }
  }

  /** Collects one outcome per finished test. */
  private static final class Collector implements TestExecutionListener {
    private final List<TestOutcome> outcomes = new ArrayList<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (!test.isTest()) {
        return;
      }
      String method =
          test.getSource()
              .filter(MethodSource.class::isInstance)
              .map(s -> ((MethodSource) s).getMethodName())
              .orElse(test.getLegacyReportingName());
      Throwable thrown = result.getThrowable().orElse(null);
      outcomes.add(
          new TestOutcome(
              method,
              test.getDisplayName(),
              task(test),
              result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
              thrown == null ? "" : describe(thrown),
              thrown instanceof LinkageError));
    }

    private static int task(TestIdentifier test) {
      return test.getTags().stream()
          .map(TestTag::getName)
          .filter(name -> name.startsWith("task:"))
          .mapToInt(name -> Integer.parseInt(name.substring("task:".length())))
          .findFirst()
          .orElse(0);
    }

    private static String describe(Throwable thrown) {
      String message = thrown.getMessage() == null ? "" : withoutStackLines(thrown.getMessage()).strip();
      if (thrown instanceof AssertionError) {
        return message.isEmpty() ? "assertion failed" : message;
      }
      return thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + whereIn(thrown);
    }

    /**
     * Returns where an unexpected exception left the learner's code, e.g.
     * {@code " (at CsvRecords.column, CsvRecords.java:31)"}: the first frame in the kit's
     * exercise packages that is not a test; empty if there is none.
     */
    private static String whereIn(Throwable thrown) {
      for (StackTraceElement frame : thrown.getStackTrace()) {
        String type = frame.getClassName();
        if (type.startsWith("cascadekit.") && !type.contains("Test") && frame.getFileName() != null) {
          String simple = type.substring(type.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
          return " (at " + simple + "." + frame.getMethodName() + ", " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
        }
      }
      return "";
    }

    /** Drops the stack frames AssertJ copies into its messages: they point into the tests, not the learner's code. */
    private static String withoutStackLines(String message) {
      return message
          .lines()
          .filter(line -> !line.matches("\\s+at \\S+\\(.*\\)") && !line.strip().startsWith("...("))
          .collect(Collectors.joining("\n"));
    }
  }
}
