package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner can start at any chapter, and every command then agrees on where they are. */
class TargetingTest extends FixtureTest {
  @BeforeEach
  void twoChapters() throws Exception {
    FixtureProject.addChapterTwo(root);
  }

  @Test
  void should_start_at_a_chapter_with_next_and_keep_it_for_status_and_check() {
    // WHEN
    assertThat(kit.kit("next", "2")).isZero();
    // THEN
    assertThat(kit.output()).contains("Next: 02.halve-it: Halve a number").contains("./kit watch 02.halve-it");
    // WHEN ./kit and ./kit check follow without an id
    kit.kit();
    String status = kit.output();
    int checked = kit.kit("check");
    // THEN both are on chapter 02, not on 01.double-it
    assertThat(status).contains("Next: 02.halve-it");
    assertThat(checked).isEqualTo(1);
    assertThat(kit.output()).startsWith("02.halve-it: Halve a number");
  }

  @Test
  void should_check_a_chapters_first_unsolved_exercise_and_name_the_next_one_in_that_chapter() throws Exception {
    // GIVEN 02.halve-it solved
    FixtureProject.write(root, FixtureProject.HALVE_IT_STUB,
        FixtureProject.SOLUTION_TEXT.replace("DoubleIt", "HalveIt").replace("2 * n", "n / 2"));
    // WHEN / THEN
    assertThat(kit.kit("check", "02")).isZero();
    assertThat(kit.output()).contains("Next: 02.quarter-it");
    assertThat(kit.kit()).isZero();
    assertThat(kit.output()).contains("Next: 02.quarter-it");
  }

  @Test
  void should_say_when_a_finished_chapter_leads_on_to_the_next_exercise() throws Exception {
    // GIVEN chapter 01 done
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    kit.kit("check", "01.double-it");
    // WHEN
    kit.kit("next", "01");
    // THEN
    assertThat(kit.output()).startsWith("Every exercise of chapter 01 passes; going on with 02.halve-it.");
  }

  @Test
  void should_refuse_a_chapter_without_exercises() {
    // WHEN / THEN
    assertThat(kit.kit("watch", "07")).isEqualTo(2);
    assertThat(kit.errors()).contains("chapter 07 has no exercises; chapters with exercises: 01, 02");
  }
}
