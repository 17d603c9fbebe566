package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpCommandTest extends FixtureTest {
  @Test
  void should_list_learner_commands_then_instructors_then_maintainers() {
    // WHEN
    int status = kit.kit("help");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output())
        .containsSubsequence("  check [ID|NN]", "For instructors:", "  class DIR", "  verify", "For maintainers:", "  bench [ID]")
        .containsOnlyOnce("  bench [ID]")
        .containsOnlyOnce("  verify ");
  }

  @Test
  void should_still_explain_a_maintainers_command() {
    // WHEN
    int status = kit.kit("help", "bench");
    // THEN
    assertThat(status).isZero();
    assertThat(kit.output()).startsWith("usage: ./kit bench [ID]");
  }
}
