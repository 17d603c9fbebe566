package cascadekit.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A training run for class data sharing: the {@code ./kit} script runs it once after a build
 * with {@code -XX:ArchiveClassesAtExit}, so the classes a check loads (javac, JUnit, AssertJ,
 * the kit's own) are archived and both the kit's JVM and its test worker start faster.
 */
public final class CdsTraining {
  private static final String TEST =
      """
      package cdstraining;

      import static org.assertj.core.api.Assertions.assertThat;

      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Tag;
      import org.junit.jupiter.api.Test;

      class SampleTest {
        @Test
        @Tag("task:1")
        @DisplayName("one and one make two")
        void adds() {
          assertThat(1 + 1).as("1 + 1").isEqualTo(2);
        }
      }
      """;

  private CdsTraining() {}

  /** Compiles and runs one small test inside this JVM. */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path folder = Files.createTempDirectory("kit-cds-training");
    try {
      Path source = folder.resolve("SampleTest.java");
      Files.writeString(source, TEST, StandardCharsets.UTF_8);
      Path classes = folder.resolve("classes");
      new Compiler().compile(List.of(source), classes);
      new TestRunner().run("cdstraining.SampleTest", classes, new Silent());
    } finally {
      FileTrees.deleteIfExists(folder);
    }
  }

  /** Hears nothing: only the loading of classes matters here. */
  private static final class Silent implements TestRunner.Listener {
    @Override
    public void planned(TestStart test) {}

    @Override
    public void started(TestStart test) {}

    @Override
    public void finished(TestOutcome outcome) {}

    @Override
    public String takePrinted() {
      return "";
    }
  }
}
