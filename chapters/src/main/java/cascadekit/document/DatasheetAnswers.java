package cascadekit.document;

import cascadekit.document.DatasheetQuestions.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only a person can say about a dataset, read from its {@code datasheet-answers.md}: a front
 * matter between {@code ---} lines ({@link DatasheetSources}), a {@code # Datasheet: <name>} title,
 * an introduction, then {@code ## <section>} headings with one {@code ### <question id>} heading
 * per answer (ids in {@link DatasheetQuestions}), the answer in Markdown below it.
 *
 * @param file the file read
 * @param title the title line, without its {@code # }
 * @param intro the text between the title and the first section
 * @param sources the files the figures come from
 * @param answers each answer by question id
 */
public record DatasheetAnswers(
    Path file, String title, String intro, DatasheetSources sources, Map<String, String> answers) {
  /** The name of a dataset's answers file, in the dataset's folder. */
  public static final String FILE_NAME = "datasheet-answers.md";

  /** Keeps an unmodifiable copy of the answers. */
  public DatasheetAnswers {
    answers = Map.copyOf(answers);
  }

  /** Returns the person's answer to {@code id}, if the file gives one. */
  public Optional<String> answer(String id) {
    return Optional.ofNullable(answers.get(id));
  }

  /** Returns these answers under another title, for data drawn from other files, such as a cleaned copy. */
  public DatasheetAnswers about(String newTitle, DatasheetSources newSources) {
    return new DatasheetAnswers(file, newTitle, intro, newSources, answers);
  }

  /** Reads {@code file}; a missing file or a malformed line is an error naming the file and line. */
  public static DatasheetAnswers read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no datasheet answers file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals("---") || lines.indexOf("---") == lines.lastIndexOf("---")) {
      throw new FileFormatException(file, 1, "front matter", "the file must start with a front matter between '---' lines");
    }
    int end = lines.subList(1, lines.size()).indexOf("---") + 1;
    DatasheetSources sources = DatasheetSources.parse(file, 2, lines.subList(1, end));
    int titleLine = end + 1;
    if (titleLine >= lines.size() || !lines.get(titleLine).startsWith("# ")) {
      throw new FileFormatException(file, titleLine + 1, "title", "expected '# Datasheet: <name>' after the front matter");
    }
    Map<String, String> answers = new LinkedHashMap<>();
    String intro = null;
    String section = null;
    String id = null;
    StringBuilder text = new StringBuilder();
    for (int i = titleLine + 1; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "## end";
      if (!line.startsWith("## ") && !line.startsWith("### ")) {
        text.append(line).append('\n');
        continue;
      }
      if (intro == null) {
        intro = text.toString().strip();
      } else if (id != null && !text.toString().isBlank()) {
        answers.put(id, text.toString().strip());
      }
      text.setLength(0);
      if (line.startsWith("## ")) {
        section = line.substring(3).strip();
        id = null;
        if (i < lines.size() && !DatasheetQuestions.SECTIONS.contains(section)) {
          throw new FileFormatException(file, i + 1, "section", "unknown section '" + section + "'; expected one of "
              + DatasheetQuestions.SECTIONS);
        }
      } else {
        id = questionId(file, i + 1, section, line.substring(4).strip(), answers);
      }
    }
    return new DatasheetAnswers(file, lines.get(titleLine).substring(2).strip(), intro, sources, answers);
  }

  private static String questionId(Path file, int line, String section, String id, Map<String, String> answers) {
    if (section == null) {
      throw new FileFormatException(file, line, id, "an answer before the first '## <section>' heading");
    }
    List<String> ids = DatasheetQuestions.ALL.stream().filter(q -> q.section().equals(section)).map(Question::id).toList();
    if (!ids.contains(id)) {
      throw new FileFormatException(file, line, id, "not a question of " + section + "; expected one of " + ids);
    }
    if (answers.containsKey(id)) {
      throw new FileFormatException(file, line, id, "answered twice");
    }
    return id;
  }
}
