package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest extends FixtureTest {
  private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2025-03-01T09:30:00Z"), ZoneOffset.UTC);

  @Test
  void should_save_a_failing_check_with_each_tests_name_status_first_failure_line_and_task() throws Exception {
    // WHEN
    kit.kit("check", "01.double-it");
    // THEN
    JsonNode results = lastResults();
    assertThat(results.path("version").asInt()).as("version").isEqualTo(3);
    assertThat(results.path("status").asText()).as("status").isEqualTo("fail");
    assertThat(results.has("message")).as("has a top-level message").isFalse();
    assertThat(Instant.parse(results.path("checked_at").asText())).as("checked_at").isNotNull();
    JsonNode first = results.path("tests").get(0);
    assertThat(first.path("name").asText()).isEqualTo("twice 3 is 6");
    assertThat(first.path("status").asText()).isEqualTo("fail");
    assertThat(first.path("message").asText()).startsWith("UnsupportedOperationException: 01.double-it: not written yet");
    assertThat(first.path("task_id").asInt()).isEqualTo(1);
    assertThat(results.path("tests").get(1).path("task_id").asInt()).as("second test's task").isEqualTo(2);
  }

  @Test
  void should_save_a_passing_check_without_failure_messages() throws Exception {
    // GIVEN the learner's fix
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.SOLUTION_TEXT);
    // WHEN
    kit.kit("check", "01.double-it");
    // THEN
    JsonNode results = lastResults();
    assertThat(results.path("status").asText()).isEqualTo("pass");
    assertThat(results.path("tests")).hasSize(2);
    assertThat(results.path("tests")).allSatisfy(test -> assertThat(test.path("status").asText()).isEqualTo("pass"));
    assertThat(results.path("tests")).noneSatisfy(test -> assertThat(test.has("message")).isTrue());
  }

  @Test
  void should_save_a_compile_error_as_status_error_with_the_errors_as_message() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, FixtureProject.STUB_TEXT.replace("throw new", "thro new"));
    // WHEN
    kit.kit("check", "01.double-it");
    // THEN
    JsonNode results = lastResults();
    assertThat(results.path("status").asText()).isEqualTo("error");
    assertThat(results.path("message").asText()).contains("exercises/src/main/java/fixture/DoubleIt.java:10:");
    assertThat(results.path("tests")).isEmpty();
  }

  @Test
  void should_stamp_the_check_with_the_clocks_time_and_keep_a_failure_on_one_line() throws Exception {
    // GIVEN
    Exercise exercise = kit.context("").index().get("01.double-it");
    TestOutcome wrong = new TestOutcome("three", "twice 3 is 6", 1, false, "[twice(3)] \nexpected: 6\n but was: 7", false, "");
    // WHEN
    new Results(kit.project, MARCH_FIRST).save(new CheckResult(exercise, List.of(), List.of(wrong), List.of(), ""));
    // THEN
    JsonNode results = lastResults();
    assertThat(results.path("checked_at").asText()).isEqualTo("2025-03-01T09:30:00Z");
    assertThat(results.path("tests").get(0).path("message").asText()).isEqualTo("[twice(3)] expected: 6 but was: 7");
  }

  private JsonNode lastResults() throws Exception {
    return Json.read(root.resolve(".kit/results/01.double-it.json"));
  }
}
