package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassCommandTest extends FixtureTest {
  private Path folder;

  @BeforeEach
  void writeClassFolder() throws Exception {
    ClassFixture.addSecondChapter(root);
    folder = ClassFixture.classFolder(root);
  }

  @Test
  void should_count_per_chapter_the_learners_with_every_exercise_done() {
    // WHEN
    int status = kit.kit("class", folder.toString());
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output())
        .contains("Class view: 2 learners from " + folder + ", 2 files skipped")
        .contains("  01  Doubling  [##########----------]  1 of 2")
        .contains("  02  Halving   [--------------------]  0 of 2");
  }

  @Test
  void should_list_the_tests_the_class_fails_most_first_then_in_index_order() {
    // WHEN
    kit.kit("class", folder.toString());
    // THEN
    assertThat(kit.output())
        .containsSubsequence(
            "  failing  exercise      test",
            "      2/2  02.halve-it   half of 4 is 2",
            "      1/2  01.double-it  (does not compile)",
            "      1/2  02.halve-it   half of 3 is 1")
        .doesNotContain("twice 3 is 6");
  }

  @Test
  void should_name_each_bad_file_with_its_reason_and_skip_it() {
    // WHEN
    kit.kit("class", folder.toString());
    // THEN
    assertThat(kit.output())
        .contains("skipped broken.json: not valid JSON (Unexpected end-of-input")
        .contains("skipped results.json: not a kit status file (make one with ./kit status --json)")
        .doesNotContain("notes.txt");
  }

  @Test
  void should_say_so_and_exit_1_on_a_folder_without_learner_files() throws Exception {
    // GIVEN
    Path empty = Files.createDirectories(root.resolve("empty"));
    FixtureProject.write(root, "empty/readme.txt", "collect the files here");
    // WHEN
    int status = kit.kit("class", empty.toString());
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).contains("No learner's status file to roll up in " + empty);
    assertThat(root.resolve("reports/class.html")).doesNotExist();
  }

  @Test
  void should_refuse_a_missing_folder_with_exit_2() {
    // WHEN
    int status = kit.kit("class", root.resolve("nowhere").toString());
    // THEN
    assertThat(status).isEqualTo(2);
    assertThat(kit.errors()).contains("no folder " + root.resolve("nowhere"));
  }

  @Test
  void should_roll_up_a_file_that_status_json_wrote() throws Exception {
    // GIVEN a learner's real file after a failing check
    kit.kit("check", "01.double-it");
    kit.kit("status", "--json", "--name", "Cy");
    Path cy = Files.createDirectories(root.resolve("cy"));
    Files.writeString(cy.resolve("cy.json"), kit.output());
    // WHEN
    int status = kit.kit("class", cy.toString());
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output()).contains("1/1  01.double-it  twice 3 is 6").contains("1/1  01.double-it  twice -2 is -4");
  }
}
