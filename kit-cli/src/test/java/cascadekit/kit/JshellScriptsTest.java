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

/** Checks that every import of the jshell startup scripts resolves on the kit's class path. */
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
