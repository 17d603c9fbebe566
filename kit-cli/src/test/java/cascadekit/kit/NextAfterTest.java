package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextAfterTest {
  @TempDir Path root;

  private static String section(String id) {
    return "## " + id + ": T\n| chapter | " + id.substring(0, 2) + " |\n| stub | `exercises/src/main/java/x/" + id.replace(".", "") + ".java` |\n"
        + "| tests | `x.T` |\n1. a\n2. b\n";
  }

  @Test
  void should_go_to_the_next_unsolved_exercise_after_the_one_just_solved_wrapping_round() throws Exception {
    // GIVEN three exercises, the first never solved and the second just solved
    Path file = root.resolve("EXERCISES.md");
    Files.writeString(file, section("01.a") + section("05.b") + section("05.c"));
    ExerciseIndex index = ExerciseIndex.read(file);
    Project project = new Project(root);
    Progress progress = Progress.load(project);
    progress.record("05.b", Status.DONE);
    // WHEN / THEN: after 05.b comes 05.c, not 01.a; after 05.c it wraps round to 01.a
    assertThat(StatusCommand.nextAfter(index, progress, index.get("05.b"))).map(Exercise::id).contains("05.c");
    progress.record("05.c", Status.DONE);
    assertThat(StatusCommand.nextAfter(index, progress, index.get("05.c"))).map(Exercise::id).contains("01.a");
    progress.record("01.a", Status.DONE);
    assertThat(StatusCommand.nextAfter(index, progress, index.get("01.a"))).isEmpty();
  }
}
