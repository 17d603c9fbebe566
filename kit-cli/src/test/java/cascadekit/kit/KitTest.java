package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitTest {
  @TempDir Path root;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void redirect() throws Exception {
    FixtureProject.create(root);
    System.setProperty(Datasets.ROOT_PROPERTY, root.toString());
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.clearProperty(Datasets.ROOT_PROPERTY);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_exit_1_on_the_stub_and_0_once_the_solution_is_in() throws Exception {
    // WHEN / THEN
    assertThat(Kit.run(new String[] {"check", "01.double-it"})).isEqualTo(1);
    assertThat(output()).contains("FAIL twice 3 is 6").contains("01.double-it: not written yet").contains("0 of 2 tests pass");
    // GIVEN the learner's fix
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // WHEN / THEN
    assertThat(Kit.run(new String[] {"check", "01.double-it"})).isEqualTo(0);
    assertThat(output()).contains("PASS twice -2 is -4").contains("All 2 tests pass.");
  }

  @Test
  void should_show_a_compile_error_with_file_and_line() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.STUB_TEXT.replace("throw new", "thro new"));
    // WHEN
    int status = Kit.run(new String[] {"check", "01.double-it"});
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(output()).contains("It does not compile yet:").contains("exercises/src/main/java/fixture/Doubler.java:10:");
  }

  @Test
  void should_list_plain_rows_and_save_progress_in_a_plain_file() throws Exception {
    // GIVEN
    Kit.run(new String[] {"check", "01.double-it"});
    out.reset();
    // WHEN
    int status = Kit.run(new String[] {"list", "--plain"});
    // THEN
    assertThat(status).isZero();
    assertThat(output()).isEqualTo("01.double-it\tfailing\tDouble a number" + System.lineSeparator());
    assertThat(Files.readString(root.resolve(".kit/progress.tsv"))).isEqualTo("01.double-it\tfailing" + System.lineSeparator());
  }

  @Test
  void should_show_progress_and_the_next_exercise_without_escape_codes() {
    // WHEN
    int status = Kit.run(new String[] {});
    // THEN
    assertThat(status).isZero();
    assertThat(output())
        .contains("0 of 1 exercises done")
        .contains("01 Doubling")
        .contains("[--------------------] 0/1")
        .contains("Next: 01.double-it: Double a number")
        .contains("file:  exercises/src/main/java/fixture/Doubler.java")
        .contains("task:  Task 1. Return twice the number.")
        .contains("check: ./kit check 01.double-it")
        .doesNotContain("\u001b[");
  }

  @Test
  void should_suggest_the_closest_id_for_an_unknown_one() {
    // WHEN
    int status = Kit.run(new String[] {"check", "01.double"});
    // THEN
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("kit: no exercise '01.double'. Closest: 01.double-it");
  }
}
