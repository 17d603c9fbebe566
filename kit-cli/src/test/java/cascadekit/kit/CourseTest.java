package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course model: what comes next, for every command alike. */
class CourseTest {
  @TempDir Path root;
  private Project project;

  private static String section(String id) {
    return "## " + id + ": T\n| chapter | " + id.substring(0, 2) + " |\n| stub | `exercises/src/main/java/x/" + id.replace(".", "") + ".java` |\n"
        + "| tests | `x.T` |\n1. a\n2. b\n";
  }

  @BeforeEach
  void threeExercisesInTwoChapters() throws Exception {
    project = new Project(root);
    Files.createDirectories(project.index().getParent());
    Files.writeString(project.index(), section("01.a") + section("05.b") + section("05.c"));
  }

  private void solve(String id) {
    Progress.load(project).record(id, Status.DONE);
  }

  @Test
  void should_go_to_the_next_unsolved_exercise_after_the_one_just_solved_wrapping_round() {
    // GIVEN the first never solved and the second just solved
    solve("05.b");
    Course course = Course.load(project);
    // WHEN / THEN: after 05.b comes 05.c, not 01.a; after 05.c it wraps round to 01.a
    assertThat(course.nextAfter(course.index().get("05.b"))).map(Exercise::id).contains("05.c");
    solve("05.c");
    course = Course.load(project);
    assertThat(course.nextAfter(course.index().get("05.c"))).map(Exercise::id).contains("01.a");
    solve("01.a");
    course = Course.load(project);
    assertThat(course.nextAfter(course.index().get("01.a"))).isEmpty();
  }

  @Test
  void should_name_the_same_next_exercise_after_a_pass_whatever_asks() {
    // GIVEN a learner who started at chapter 05 and solved 05.b there
    Course course = Course.load(project);
    course.focusOn(course.target("05").orElseThrow());
    solve("05.b");
    // WHEN
    Course reloaded = Course.load(project);
    // THEN ./kit (next) and the line after the pass (nextAfter) agree on 05.c, not 01.a
    assertThat(reloaded.next()).map(Exercise::id).contains("05.c");
    assertThat(reloaded.nextAfter(reloaded.index().get("05.b"))).map(Exercise::id).contains("05.c");
  }

  @Test
  void should_take_a_chapter_number_as_that_chapters_first_unsolved_exercise() {
    // GIVEN
    solve("05.b");
    Course course = Course.load(project);
    // WHEN / THEN
    assertThat(course.target("05")).map(Exercise::id).contains("05.c");
    assertThat(course.target("5")).map(Exercise::id).contains("05.c");
    assertThat(course.target("01")).map(Exercise::id).contains("01.a");
    assertThat(course.target("05.b")).map(Exercise::id).contains("05.b");
  }

  @Test
  void should_go_on_after_a_finished_chapter_and_say_so() {
    // GIVEN chapter 05 done
    solve("05.b");
    solve("05.c");
    Course course = Course.load(project);
    // WHEN
    Exercise chosen = course.target("05").orElseThrow();
    // THEN
    assertThat(chosen.id()).isEqualTo("01.a");
    assertThat(Course.detour("05", chosen)).isEqualTo("Every exercise of chapter 05 passes; going on with 01.a.");
    assertThat(Course.detour("01", chosen)).isEmpty();
  }

  @Test
  void should_refuse_a_chapter_without_exercises_naming_those_with_some() {
    // WHEN / THEN
    assertThatExceptionOfType(KitException.class)
        .as("chapter 03 has no exercises in this index")
        .isThrownBy(() -> Course.load(project).target("03"))
        .withMessage("chapter 03 has no exercises; chapters with exercises: 01, 05");
  }

  @Test
  void should_know_which_exercise_a_saved_stub_belongs_to() {
    // WHEN / THEN
    Course course = Course.load(project);
    assertThat(course.ownerOf("exercises/src/main/java/x/05c.java")).map(Exercise::id).contains("05.c");
    assertThat(course.ownerOf("exercises/src/main/java/x/Helper.java")).isEmpty();
  }
}
