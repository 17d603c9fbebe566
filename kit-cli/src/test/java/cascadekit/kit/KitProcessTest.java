package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the kit as the {@code ./kit} script does, in a JVM of its own. */
class KitProcessTest {
  @TempDir Path root;

  @Test
  void should_print_ascii_bars_not_question_marks_in_a_c_locale() throws Exception {
    // GIVEN the fixture kit and a JVM started with LC_ALL=C, whose output charset is ASCII
    FixtureProject.create(root);
    ProcessBuilder kit =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dcascadekit.root=" + root,
                    "cascadekit.kit.Kit"))
            .redirectErrorStream(true);
    kit.environment().put("LC_ALL", "C");
    // WHEN
    Process process = kit.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // THEN
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("[--------------------] 0/1").doesNotContain("?");
  }
}
