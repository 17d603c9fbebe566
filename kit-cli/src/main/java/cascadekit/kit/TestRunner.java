package cascadekit.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one exercise's test class in this JVM (the test worker's), against classes compiled into
 * a folder, in a class loader of its own so no state leaks from one run to the next. It reports
 * each test as it is discovered, starts and ends, so a run that never ends still names the test
 * it was in.
 */
final class TestRunner {
  private final Launcher launcher = LauncherFactory.create();

  /** What a run tells as it goes. */
  interface Listener {
    /** A test is known: each of the plan's before any runs, then any registered while running. */
    void planned(TestStart test);

    /** A test started. */
    void started(TestStart test);

    /** A test ended, or was skipped or aborted (which fails it: the kit runs every test). */
    void finished(TestOutcome outcome);

    /** Returns what the learner's code printed since the last call, and forgets it. */
    String takePrinted();
  }

  /** Runs every test in {@code testClass}, loaded from {@code classes}, telling {@code listener}. */
  void run(String testClass, Path classes, Listener listener) throws ClassNotFoundException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, TestRunner.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      TestPlan plan =
          launcher.discover(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(loader.loadClass(testClass))).build());
      plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
          .filter(TestIdentifier::isTest)
          .forEach(test -> listener.planned(Reporter.start(test))));
      launcher.execute(plan, new Reporter(listener));
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

  /** Turns JUnit's events into the kit's. */
  private record Reporter(Listener listener) implements TestExecutionListener {
    @Override
    public void dynamicTestRegistered(TestIdentifier test) {
      if (test.isTest()) {
        listener.planned(start(test));
      }
    }

    @Override
    public void executionStarted(TestIdentifier test) {
      if (test.isTest()) {
        listener.takePrinted();
        listener.started(start(test));
      }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
      if (test.isTest()) {
        TestStart start = start(test);
        listener.finished(TestOutcome.skipped(start, reason));
      }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (!test.isTest()) {
        return;
      }
      TestStart start = start(test);
      Throwable thrown = result.getThrowable().orElse(null);
      if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
        listener.takePrinted();
        listener.finished(TestOutcome.skipped(start, thrown == null ? "aborted" : String.valueOf(thrown.getMessage())));
        return;
      }
      listener.finished(
          new TestOutcome(
              start.method(),
              start.displayName(),
              start.task(),
              result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
              thrown == null ? "" : Failures.describe(thrown),
              thrown instanceof LinkageError,
              listener.takePrinted()));
    }

    private static TestStart start(TestIdentifier test) {
      String method =
          test.getSource()
              .filter(MethodSource.class::isInstance)
              .map(s -> ((MethodSource) s).getMethodName())
              .orElse(test.getLegacyReportingName());
      return new TestStart(method, test.getDisplayName(), task(test));
    }

    private static int task(TestIdentifier test) {
      return test.getTags().stream()
          .map(TestTag::getName)
          .filter(name -> name.matches("task:\\d{1,3}"))
          .mapToInt(name -> Integer.parseInt(name.substring("task:".length())))
          .findFirst()
          .orElse(0);
    }
  }
}
