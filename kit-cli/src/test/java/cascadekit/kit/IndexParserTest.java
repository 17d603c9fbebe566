package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexParserTest {
  @Test
  void should_read_fields_hints_and_wrapped_hint_lines() {
    // GIVEN
    List<String> lines =
        List.of(
            "# Index",
            "## 02.schema: Declare a schema",
            "| field | value |",
            "| --- | --- |",
            "| chapter | 02 |",
            "| stub | `exercises/src/main/java/cascadekit/ch02/Schema.java` |",
            "| tests | `cascadekit.ch02.SchemaTest` |",
            "| may pass on stub | `a`, `b` |",
            "Hints:",
            "1. First,",
            "   continued.",
            "2. Second.");
    // WHEN
    Exercise exercise = IndexParser.parse("EXERCISES.md", lines).get(0);
    // THEN
    assertThat(exercise)
        .isEqualTo(
            new Exercise(
                "02.schema",
                "02",
                "Declare a schema",
                "exercises/src/main/java/cascadekit/ch02/Schema.java",
                "cascadekit.ch02.SchemaTest",
                List.of("First, continued.", "Second."),
                java.util.Set.of("a", "b"),
                List.of(),
                ""));
    assertThat(exercise.sourcePath()).isEqualTo("cascadekit/ch02/Schema.java");
    assertThat(exercise.testSourcePath()).isEqualTo("cascadekit/ch02/SchemaTest.java");
  }

  @Test
  void should_name_the_file_and_line_of_an_exercise_without_tests() {
    // GIVEN
    List<String> lines = List.of("", "## 01.x: X", "| chapter | 01 |", "| stub | `a.java` |");
    // WHEN / THEN
    assertThatThrownBy(() -> IndexParser.parse("EXERCISES.md", lines))
        .isInstanceOf(KitException.class)
        .hasMessage("EXERCISES.md, line 2: exercise 01.x has no 'tests' field");
  }

  @Test
  void should_refuse_a_malformed_id() {
    // WHEN / THEN
    assertThatThrownBy(() -> IndexParser.parse("EXERCISES.md", List.of("## One: X")))
        .hasMessage("EXERCISES.md, line 1: 'One' is not an exercise id like 01.accuracy");
  }

  @Test
  void should_resolve_the_exercises_one_builds_on_to_their_source_paths() {
    // GIVEN
    List<String> lines =
        List.of(
            "## 10.load-visits: Load",
            "| chapter | 10 |",
            "| stub | `exercises/src/main/java/cascadekit/ch10/LoadVisits.java` |",
            "| tests | `cascadekit.ch10.LoadVisitsTest` |",
            "## 10.capstone-pipeline: Pipeline",
            "| chapter | 10 |",
            "| stub | `exercises/src/main/java/cascadekit/ch10/CapstonePipeline.java` |",
            "| tests | `cascadekit.ch10.CapstonePipelineTest` |",
            "| builds on | `10.load-visits` |");
    // WHEN
    List<Exercise> exercises = IndexParser.parse("EXERCISES.md", lines);
    // THEN
    assertThat(exercises.get(0).buildsOn()).as("an exercise without the field").isEmpty();
    assertThat(exercises.get(1).buildsOn()).containsExactly("cascadekit/ch10/LoadVisits.java");
  }

  @Test
  void should_refuse_to_build_on_an_exercise_not_listed_before() {
    // GIVEN
    List<String> lines =
        List.of("## 10.a: A", "| chapter | 10 |", "| stub | `a.java` |", "| tests | `x.ATest` |", "| builds on | 10.b |");
    // WHEN / THEN
    assertThatThrownBy(() -> IndexParser.parse("EXERCISES.md", lines))
        .isInstanceOf(KitException.class)
        .hasMessage("EXERCISES.md, line 1: exercise 10.a builds on 10.b, which is not listed before it");
  }
}
