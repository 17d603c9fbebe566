package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a datasheet's answers file: what a person wrote, and a clear refusal of what is wrong. */
class DatasheetAnswersTest {
  private static final String FRONT = "---\nprofile: a.csv\nlabel: a.csv y\n---\n# Datasheet: tiny\n";

  @TempDir Path folder;

  @Test
  void should_read_the_sources_the_intro_and_each_answer_by_question_id() throws IOException {
    // GIVEN
    Path file = write(FRONT + "\nMade by hand.\n\n## Motivation\n\n### purpose\n\nTo test.\nTwo lines.\n\n"
        + "### creators\n\n## Uses\n\n### not\n\nNothing real.\n");
    // WHEN
    DatasheetAnswers answers = DatasheetAnswers.read(file);
    // THEN
    assertThat(answers.title()).as("title").isEqualTo("Datasheet: tiny");
    assertThat(answers.intro()).as("intro").isEqualTo("Made by hand.");
    assertThat(answers.answers()).as("answers; an empty one counts as none")
        .containsOnlyKeys("purpose", "not").containsEntry("purpose", "To test.\nTwo lines.");
    assertThat(answers.sources().label()).as("label").hasValue(new DatasheetSources.FileColumn("a.csv", "y"));
    assertThat(answers.sources().missing()).as("missing markers: the empty cell always").containsExactly("");
  }

  @Test
  void should_name_the_file_when_it_is_missing() {
    assertThatThrownBy(() -> DatasheetAnswers.read(folder.resolve("none.md")))
        .as("a missing answers file").hasMessageContaining("none.md");
  }

  @Test
  void should_name_the_line_and_field_of_what_is_wrong() throws IOException {
    expectRefusal("# Datasheet: tiny\n", 1, "front matter");
    expectRefusal("---\nprofile: a.csv\ncolour: red\n---\n# Datasheet: tiny\n", 3, "colour");
    expectRefusal("---\nlabel: a.csv\n---\n# Datasheet: tiny\n", 2, "label");
    expectRefusal("---\nmissing: NA\n---\n# Datasheet: tiny\n", 2, "profile");
    expectRefusal("---\nprofile: a.csv\n---\nno title\n", 4, "title");
    expectRefusal(FRONT + "## Motivation\n### label\n", 7, "label");
    expectRefusal(FRONT + "## Motives\n", 6, "section");
    expectRefusal(FRONT + "### purpose\n", 6, "purpose");
    expectRefusal(FRONT + "## Motivation\n### purpose\nA\n### purpose\nB\n", 9, "purpose");
  }

  private void expectRefusal(String text, int line, String field) throws IOException {
    Path file = write(text);
    assertThatThrownBy(() -> DatasheetAnswers.read(file))
        .as("refusal of:%n%s", text)
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).as("line of:%n%s", text).isEqualTo(line);
          assertThat(e.field()).as("field of:%n%s", text).isEqualTo(field);
          assertThat(e.getMessage()).as("message").contains(file.toString());
        });
  }

  private Path write(String text) throws IOException {
    return Files.writeString(folder.resolve(DatasheetAnswers.FILE_NAME), text);
  }
}
