package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The chapter texts, {@code chapters/NN-topic.md}, by two-digit number. */
final class Chapters {
  private Chapters() {}

  /** Returns each chapter's title, from its first {@code # Chapter NN: Title} heading. */
  static Map<String, String> titles(Project project) {
    Map<String, String> titles = new TreeMap<>();
    try (Stream<Path> files = Files.list(project.chapters())) {
      for (Path file : files.filter(Chapters::isChapterText).toList()) {
        String number = file.getFileName().toString().substring(0, 2);
        titles.put(number, title(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + project.chapters(), e);
    }
    return titles;
  }

  private static boolean isChapterText(Path file) {
    return file.getFileName().toString().matches("\\d{2}-[a-z0-9-]+\\.md");
  }

  private static String title(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> line.startsWith("# "))
          .findFirst()
          .map(heading -> heading.substring(2).replaceFirst("^Chapter \\d+: ", "").trim())
          .orElse(file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
