package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HintCommandTest extends FixtureTest {
  @Test
  void should_show_one_more_hint_each_time_and_stop_at_the_last() {
    // WHEN / THEN
    kit.kit("hint", "01.double-it");
    assertThat(kit.output()).contains("hint 1 of 2").contains("1. Multiply.").doesNotContain("2 * n");
    kit.kit("hint", "01.double-it");
    assertThat(kit.output()).contains("hint 2 of 2").contains("1. Multiply.").contains("2. Return `2 * n`.")
        .contains("That was the last hint.");
    kit.kit("hint", "01.double-it");
    assertThat(kit.output()).contains("hint 2 of 2");
  }

  @Test
  void should_remember_the_hints_shown_in_a_plain_file() throws Exception {
    // WHEN
    kit.kit("hint");
    // THEN
    assertThat(root.resolve(".kit/hints.tsv")).hasContent("01.double-it\t1");
  }
}
