package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolutionCommandTest extends FixtureTest {
  @Test
  void should_not_show_an_unsolved_exercises_solution_without_a_yes() {
    // WHEN
    int status = kit.kitAnswering("\n", "solution", "01.double-it");
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).contains("does not pass yet").contains("Not shown.").doesNotContain("2 * n");
  }

  @Test
  void should_show_the_solution_as_a_diff_after_a_yes() {
    // WHEN
    int status = kit.kitAnswering("y\n", "solution", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output())
        .contains("--- your file:          exercises/src/main/java/fixture/DoubleIt.java")
        .contains("-    // TODO: return twice n.")
        .contains("+    return 2 * n;");
  }

  @Test
  void should_show_the_solution_without_asking_once_the_exercise_passes() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT.replace("2 * n", "n + n"));
    kit.kit("check", "01.double-it");
    // WHEN
    int status = kit.kit("solution", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output()).doesNotContain("anyway?").contains("-    return n + n;").contains("+    return 2 * n;");
  }
}
