package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatusJsonTest extends FixtureTest {
  private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void should_give_the_learner_kit_version_time_and_each_exercise_with_its_last_results() throws Exception {
    // GIVEN a failing check, and a second exercise never checked
    ClassFixture.addSecondChapter(root);
    Exercise exercise = kit.context("").index().get("01.double-it");
    try (ExerciseChecker checker = new ExerciseChecker(kit.project, Sandbox.DEFAULT_LIMIT)) {
      new Results(kit.project, MARCH_FIRST).save(checker.check(exercise, Source.STUB, root.resolve(".kit/build/t")));
    }
    Progress.load(kit.project).record("01.double-it", Status.FAILING);
    // WHEN
    JsonNode json = new StatusJson(kit.project, MARCH_FIRST).of(kit.context("").index(), "Ada");
    // THEN
    assertThat(json.path("learner").asText()).isEqualTo("Ada");
    assertThat(json.path("kit_version").asText()).as("the Maven version").matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(json.path("generated_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
    JsonNode checked = json.path("exercises").get(0);
    assertThat(checked.path("id").asText()).isEqualTo("01.double-it");
    assertThat(checked.path("chapter").asText()).isEqualTo("01");
    assertThat(checked.path("status").asText()).isEqualTo("failing");
    assertThat(checked.path("checked_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
    assertThat(checked.path("results").path("version").asInt()).isEqualTo(3);
    assertThat(checked.path("results").path("tests").get(0).path("name").asText()).isEqualTo("twice 3 is 6");
    JsonNode unchecked = json.path("exercises").get(1);
    assertThat(unchecked.path("id").asText()).isEqualTo("02.halve-it");
    assertThat(unchecked.path("status").asText()).isEqualTo("new");
    assertThat(unchecked.has("checked_at")).as("a never-checked exercise has checked_at").isFalse();
    assertThat(unchecked.has("results")).as("a never-checked exercise has results").isFalse();
  }

  @Test
  void should_print_json_named_after_the_name_flag() throws Exception {
    // GIVEN
    kit.kit("check", "01.double-it");
    // WHEN
    int status = kit.kit("status", "--json", "--name", "Ada Lovelace");
    // THEN
    assertThat(status).isZero();
    JsonNode json = new ObjectMapper().readTree(kit.output());
    assertThat(json.path("learner").asText()).isEqualTo("Ada Lovelace");
    assertThat(Instant.parse(json.path("generated_at").asText())).isNotNull();
    assertThat(json.path("exercises").get(0).path("results").path("status").asText()).isEqualTo("fail");
  }

  @Test
  void should_name_the_learner_without_the_name_flag() throws Exception {
    // WHEN
    int status = kit.kit("status", "--json");
    // THEN
    assertThat(status).isZero();
    assertThat(new ObjectMapper().readTree(kit.output()).path("learner").asText()).isNotBlank();
  }

  @Test
  void should_refuse_a_name_flag_without_a_name_and_keep_plain_status() {
    // WHEN / THEN
    assertThat(kit.kit("status", "--json", "--name")).isEqualTo(2);
    assertThat(kit.errors()).contains("--name needs a name");
    assertThat(kit.kit("status")).isZero();
    assertThat(kit.output()).contains("0 of 1 exercises done");
  }
}
