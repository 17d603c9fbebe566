package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that the CLI uses no lesson code: only its own package and the dataset root finder. */
class LessonImportsTest {
  private static final Path ROOT = Datasets.root();
  private static final Path MAIN = ROOT.resolve("kit-cli/src/main/java");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bcascadekit\\.([a-z]\\w*)\\.([A-Z]\\w*)");

  @Test
  void should_import_no_lesson_package_in_the_cli() throws IOException {
    // GIVEN every line of the CLI's main sources
    List<String> lessonReferences = new ArrayList<>();
    int references = 0;
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          // WHEN each import or qualified name of a cascadekit class is read
          Matcher reference = REFERENCE.matcher(lines.get(i));
          while (reference.find()) {
            references++;
            if (!allowed(reference.group(1), reference.group(2))) {
              String where = ROOT.relativize(file) + ":" + (i + 1) + ": ";
              lessonReferences.add(where + lines.get(i).strip());
            }
          }
        }
      }
    }
    // THEN all are the CLI's own or the dataset root finder, cascadekit.data.Datasets
    assertThat(references).as("references to cascadekit classes read in " + MAIN).isPositive();
    assertThat(lessonReferences)
        .as("lesson code the CLI uses (only cascadekit.data.Datasets is allowed)")
        .isEmpty();
  }

  private static boolean allowed(String pkg, String type) {
    return pkg.equals("kit") || (pkg.equals("data") && type.equals("Datasets"));
  }
}
