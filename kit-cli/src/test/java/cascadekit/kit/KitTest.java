package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.data.Penguins;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KitTest extends FixtureTest {
  @Test
  void should_exit_1_on_the_stub_and_0_once_the_solution_is_in() throws Exception {
    // WHEN / THEN
    assertThat(kit.kit("check", "01.double-it")).isEqualTo(1);
    assertThat(kit.output())
        .contains("FAIL task 1: 0/1 passing")
        .contains("FAIL twice 3 is 6")
        .contains("01.double-it: not written yet")
        .contains("FAIL task 2: 0/1 passing")
        .contains("0 of 2 tests pass. Work on task 1");
    // GIVEN the learner's fix
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // WHEN / THEN
    assertThat(kit.kit("check", "01.double-it")).isEqualTo(0);
    assertThat(kit.output()).contains("PASS task 2: 1/1 passing").contains("All 2 tests pass.");
  }

  @Test
  void should_check_the_next_unsolved_exercise_when_no_id_is_given() {
    // WHEN
    int status = kit.kit("check");
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).startsWith("01.double-it: Double a number");
  }

  @Test
  void should_show_a_compile_error_with_file_and_line() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.STUB_TEXT.replace("throw new", "thro new"));
    // WHEN
    int status = kit.kit("check", "01.double-it");
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).contains("It does not compile yet:").contains("exercises/src/main/java/fixture/DoubleIt.java:10:");
  }

  @Test
  void should_list_plain_rows_and_save_progress_in_a_plain_file() throws Exception {
    // GIVEN
    kit.kit("check", "01.double-it");
    // WHEN
    int status = kit.kit("list", "--plain");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output()).isEqualTo("01.double-it\tfailing\tDouble a number" + System.lineSeparator());
    assertThat(Files.readString(root.resolve(".kit/progress.tsv"))).isEqualTo("01.double-it\tfailing" + System.lineSeparator());
  }

  @Test
  void should_show_progress_and_the_next_exercise_without_escape_codes() {
    // WHEN
    int status = kit.kit();
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output())
        .contains("0 of 1 exercises done")
        .contains("01 Doubling")
        .contains("[--------------------] 0/1")
        .contains("Next: 01.double-it: Double a number")
        .contains("file:  exercises/src/main/java/fixture/DoubleIt.java")
        .contains("task:  Task 1. Return twice the number.")
        .contains("check: ./kit check 01.double-it")
        .doesNotContain("\u001b[");
  }

  @Test
  void should_say_well_done_when_every_exercise_passes() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    kit.kit("check", "01.double-it");
    // WHEN
    kit.kit("next");
    // THEN
    assertThat(kit.output()).contains("Every exercise passes.");
  }

  @Test
  void should_suggest_the_closest_id_for_an_unknown_one() {
    // WHEN
    int status = kit.kit("check", "01.double");
    // THEN
    assertThat(status).isEqualTo(2);
    assertThat(kit.errors()).startsWith("kit: no exercise '01.double'. Closest: 01.double-it");
  }

  @Test
  void should_refuse_an_id_that_is_a_path_without_touching_it() {
    // WHEN
    int status = kit.kit("reset", "../../../etc/passwd");
    // THEN
    assertThat(status).isEqualTo(2);
    assertThat(kit.errors()).contains("'../../../etc/passwd' is not an exercise id");
    assertThat(root.resolve(".kit/backups")).doesNotExist();
  }

  @Test
  void should_suggest_the_closest_command_and_explain_each_one() {
    // WHEN / THEN
    assertThat(kit.kit("chek")).isEqualTo(2);
    assertThat(kit.errors()).contains("unknown command 'chek'; did you mean check?");
    for (Command command : Kit.commands()) {
      assertThat(kit.kit(command.name(), "--help")).as("%s --help", command.name()).isZero();
      assertThat(kit.output()).startsWith("usage: ./kit " + command.usage());
    }
    assertThat(kit.kit("help")).isZero();
    assertThat(kit.output()).contains("watch [ID|NN] [--poll] [--timeout S]").contains("reset ID | reset --all");
  }

  @Test
  void should_run_a_chapter_example_and_refuse_a_chapter_without_one() throws Exception {
    // GIVEN chapter 01's data in the fixture (its example is on the kit's class path)
    System.clearProperty(Datasets.ROOT_PROPERTY);
    Path penguins = Datasets.path(Penguins.FILE);
    System.setProperty(Datasets.ROOT_PROPERTY, root.toString());
    Files.createDirectories(root.resolve("datasets/penguins"));
    Files.copy(penguins, root.resolve("datasets").resolve(Penguins.FILE));
    // WHEN / THEN
    assertThat(kit.kit("run", "1")).isZero();
    assertThat(kit.output()).contains("Trained on clean data:");
    assertThat(kit.kit("run", "01", "DataCascadeExample")).isZero();
    assertThat(kit.output()).contains("Trained on defective data:");
    assertThat(kit.kit("run", "01", "NoSuchBenchmark")).isEqualTo(2);
    assertThat(kit.errors()).contains("chapter 01 has no class NoSuchBenchmark; it has DataCascadeExample");
    assertThat(kit.kit("run", "99")).isEqualTo(2);
    assertThat(kit.errors()).contains("chapter 99 has no runnable example yet");
  }

  @Test
  void should_verify_with_a_table_per_exercise_and_fail_once_a_stub_is_solved() throws Exception {
    // WHEN / THEN
    assertThat(kit.kit("verify")).isZero();
    assertThat(kit.output())
        .contains("01.double-it                      2               2                  2")
        .contains("integrity: 1 exercises, 2 tests: 2/2 fail on stubs, 2/2 pass on solutions, 2/2 mistakes caught");
    // GIVEN a solved stub
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // WHEN / THEN
    assertThat(kit.kit("verify")).isEqualTo(1);
    assertThat(kit.output()).contains("integrity problem: 01.double-it: test 'three' passes on the stub");
  }
}
