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
}
