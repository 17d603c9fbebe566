package cascadekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps every chapter text honest: the block after its "## Output" heading must be exactly what
 * its example prints today, so text and code cannot drift apart. Chapter 11's example lives in
 * the scale module, built only with -Pspark and out of this module's sight: that module's
 * ScalingOutputTest compares its block, and this test leaves it out.
 */
class ChapterOutputTest {
  private static final Pattern OUTPUT_BLOCK = Pattern.compile("## Output\\n.*?```text\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern EXAMPLE = Pattern.compile("cascadekit\\.examples\\.ch(\\d{2})\\.(\\w+Example)");
  /** The chapter whose example, on Spark's class path, the scale module's ScalingOutputTest runs. */
  private static final String ON_SPARK = "11-";

  @TestFactory
  Stream<DynamicTest> should_print_what_each_chapter_text_shows() throws IOException {
    try (Stream<Path> files = Files.list(Datasets.root().resolve("chapters"))) {
      List<Path> chapters = files.filter(p -> p.getFileName().toString().matches("\\d{2}-.*\\.md"))
          .filter(p -> !p.getFileName().toString().startsWith(ON_SPARK)).sorted().toList();
      return chapters.stream()
          .filter(ChapterOutputTest::hasOutputBlock)
          .map(chapter -> DynamicTest.dynamicTest(chapter.getFileName().toString(), () -> check(chapter)));
    }
  }

  private static boolean hasOutputBlock(Path chapter) {
    return OUTPUT_BLOCK.matcher(read(chapter)).find();
  }

  private static void check(Path chapter) throws Exception {
    // GIVEN the output the text shows, and the example it names
    String text = read(chapter);
    Matcher block = OUTPUT_BLOCK.matcher(text);
    block.find();
    Matcher example = EXAMPLE.matcher(text);
    assertThat(example.find()).as("%s names its example class", chapter.getFileName()).isTrue();
    // WHEN the example runs
    String printed = run("cascadekit.examples.ch" + example.group(1) + "." + example.group(2));
    // THEN
    assertThat(printed).as("output of the example of %s", chapter.getFileName()).isEqualTo(block.group(1));
  }

  private static String run(String className) throws Exception {
    Method main = Class.forName(className).getMethod("main", String[].class);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
