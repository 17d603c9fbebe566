package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercises on Spark: the index's profile field, the scale module's folders, the gate's note, the build hint. */
class SparkProfileTest {
  private static List<String> entry(String id, String stub, String profileLine) {
    return List.of("## " + id + ": X", "| chapter | " + id.substring(0, 2) + " |", "| stub | `" + stub + "` |",
        "| tests | `t.XTest` |", profileLine, "1. a", "2. b");
  }

  private static ExerciseIndex index(Path root) throws Exception {
    List<String> lines = new java.util.ArrayList<>(entry("06.x", "exercises/src/main/java/cascadekit/ch06/X.java", ""));
    lines.addAll(entry("11.y", "scale/exercises/src/main/java/cascadekit/ch11/Y.java", "| profile | spark |"));
    Path file = Files.createDirectories(root.resolve("exercises")).resolve("EXERCISES.md");
    Files.write(file, lines);
    return ExerciseIndex.read(file);
  }

  @Test
  void should_read_the_profile_and_find_the_files_of_an_exercise_on_spark_in_the_scale_module(@TempDir Path root) throws Exception {
    // GIVEN
    ExerciseIndex index = index(root);
    Exercise spark = index.get("11.y");
    // WHEN
    Project module = new Project(root).in(spark);
    // THEN
    assertThat(spark.onSpark()).as("11.y has profile spark").isTrue();
    assertThat(index.get("06.x").onSpark()).as("06.x has no profile").isFalse();
    assertThat(module.solutionSources()).as("solutions of 11.y").isEqualTo(root.resolve("scale/solutions/src/main/java"));
    assertThat(module.testSources()).as("tests of 11.y").isEqualTo(root.resolve("scale/exercises/src/test/java"));
    assertThat(module.mistakes()).as("mistakes of 11.y").isEqualTo(root.resolve("scale/solutions/src/mistakes"));
    assertThat(new Project(root).in(index.get("06.x")).solutionSources()).as("solutions of 06.x")
        .isEqualTo(root.resolve("solutions/src/main/java"));
  }

  @Test
  void should_refuse_a_profile_the_kit_does_not_know() {
    // WHEN / THEN
    assertThatThrownBy(() -> IndexParser.parse("EXERCISES.md", entry("11.y", "a.java", "| profile | gpu |")))
        .isInstanceOf(KitException.class)
        .hasMessage("EXERCISES.md, line 1: exercise 11.y names profile 'gpu'; the only one is spark");
  }

  @Test
  void should_leave_the_exercises_on_spark_out_of_the_default_gate_with_one_line(@TempDir Path root) throws Exception {
    // GIVEN
    ExerciseIndex index = index(root);
    // WHEN
    String note = new IntegrityGate(new Project(root)).leftOut(index);
    // THEN
    assertThat(note).as("the default gate's note").isEqualTo("integrity: exercises on Spark left out (11.y); "
        + "the scale module's build checks them: ./mvnw -B -Pspark verify");
    assertThat(new IntegrityGate(new Project(root), true).leftOut(index)).as("the Spark gate's note")
        .isEqualTo("integrity: 1 exercises not on Spark left to ./mvnw -B verify");
  }

  @Test
  void should_say_how_to_build_before_checking_an_exercise_on_spark(@TempDir Path root) throws Exception {
    // GIVEN no scale/target
    Exercise spark = index(root).get("11.y");
    // WHEN / THEN
    assertThatThrownBy(() -> SparkRuntime.of(new Project(root), spark))
        .isInstanceOf(KitException.class)
        .hasMessage("11.y runs on Spark, which the default build leaves out (about 250 MB): build it first: "
            + "./mvnw -B -Pspark install -DskipTests");
  }
}
