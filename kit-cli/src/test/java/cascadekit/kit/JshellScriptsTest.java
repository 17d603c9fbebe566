package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/** Checks the jshell startup scripts: every import resolves, and every chapter's script runs through. */
class JshellScriptsTest {
  private static final Path SCRIPTS = Datasets.root().resolve("chapters/src/main/resources/jshell");

  @Test
  void should_resolve_every_import_of_every_startup_script() throws Exception {
    // GIVEN every import line of every script, and a jshell on the kit's class path
    List<String> imports;
    try (Stream<Path> scripts = Files.list(SCRIPTS)) {
      imports =
          scripts
              .filter(script -> script.toString().endsWith(".jsh"))
              .flatMap(JshellScriptsTest::lines)
              .filter(line -> line.startsWith("import "))
              .toList();
    }
    try (JShell jshell = JShell.builder().executionEngine("local").build()) {
      jshell.addToClasspath(System.getProperty("java.class.path"));
      // WHEN / THEN: an import that cannot resolve is rejected, so the check can fail
      assertThat(status(jshell, "import no.such.pkg.*;")).isEqualTo(Snippet.Status.REJECTED);
      assertThat(imports).as("imports found in " + SCRIPTS).contains("import org.apache.commons.csv.*;");
      for (String line : imports) {
        assertThat(status(jshell, line)).as(line).isEqualTo(Snippet.Status.VALID);
      }
    }
  }

  @Test
  void should_run_every_chapters_script_after_the_common_one_without_an_error() throws Exception {
    // GIVEN each chapter's script (NN.jsh), as ./kit jshell NN runs it: common.jsh first
    List<Path> chapters;
    try (Stream<Path> scripts = Files.list(SCRIPTS)) {
      chapters = scripts.filter(script -> script.getFileName().toString().matches("\\d\\d\\.jsh")).sorted().toList();
    }
    assertThat(chapters).as("chapter scripts in " + SCRIPTS).hasSizeGreaterThanOrEqualTo(10);
    for (Path chapter : chapters) {
      try (JShell jshell = JShell.builder().executionEngine("local").out(new java.io.PrintStream(
          java.io.OutputStream.nullOutputStream())).build()) {
        jshell.addToClasspath(System.getProperty("java.class.path"));
        // WHEN every line is evaluated
        List<String> lines = Stream.concat(lines(SCRIPTS.resolve("common.jsh")), lines(chapter))
            .filter(line -> !line.isEmpty()).toList();
        for (String line : lines) {
          for (SnippetEvent event : jshell.eval(line)) {
            // THEN none is rejected and none throws
            assertThat(event.status()).as("%s: %s", chapter.getFileName(), line).isNotEqualTo(Snippet.Status.REJECTED);
            assertThat(event.exception()).as("%s: %s throws", chapter.getFileName(), line).isNull();
          }
        }
      }
    }
  }

  private static Snippet.Status status(JShell jshell, String snippet) {
    List<SnippetEvent> events = jshell.eval(snippet);
    return events.get(0).status();
  }

  private static Stream<String> lines(Path script) {
    try {
      return Files.readAllLines(script).stream().map(String::strip);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
