package cascadekit.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 11's text honest, as the chapters module's ChapterOutputTest does for the others
 * (which skips chapter 11: its example lives here, on Spark's class path): the block after
 * "## Output" must be what {@code ./kit run 11} prints today. The example runs in a JVM of its
 * own, as {@code ./kit run 11} starts it, because it stops the Spark session it opens.
 */
class ScalingOutputTest {
  private static final Pattern OUTPUT_BLOCK = Pattern.compile("## Output\\n.*?```text\\n(.*?)```", Pattern.DOTALL);

  @Test
  void should_print_what_chapter_11_shows() throws Exception {
    // GIVEN the block the text shows
    Matcher block = OUTPUT_BLOCK.matcher(Files.readString(Datasets.root().resolve("chapters/11-scaling.md")));
    assertThat(block.find()).as("chapters/11-scaling.md has an ## Output block").isTrue();
    // WHEN the example runs as ./kit run 11 runs it
    String printed = run("cascadekit.examples.ch11.ScalingExample");
    // THEN
    assertThat(printed).as("output of ./kit run 11 against chapters/11-scaling.md").isEqualTo(block.group(1));
  }

  private static String run(String className) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(jdkFlags().split("\\s+")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "-D" + Datasets.ROOT_PROPERTY + "=" + Datasets.root(), className));
    Path errors = Files.createTempFile("ch11-", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("exit code of %s; its errors: %s", className, Files.readString(errors)).isZero();
      return out;
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static String jdkFlags() throws IOException {
    Properties build = new Properties();
    try (InputStream in = ScalingOutputTest.class.getResourceAsStream("/cascadekit/scale/build.properties")) {
      build.load(in);
    }
    return build.getProperty("jdk.flags").trim();
  }
}
