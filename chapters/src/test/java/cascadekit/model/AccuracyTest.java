package cascadekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTest {
  private static final List<String> ACTUAL = List.of("a", "a", "a", "b");
  private static final List<String> PREDICTED = List.of("a", "b", "a", "b");

  @Test
  void should_score_overall_and_per_true_class() {
    // WHEN / THEN: 3 of 4 right; a is right on 2 of 3, b on 1 of 1
    assertThat(Accuracy.of(ACTUAL, PREDICTED)).isCloseTo(0.75, within(1e-12));
    assertThat(Accuracy.perClass(ACTUAL, PREDICTED)).containsExactly(entry("a", 2.0 / 3), entry("b", 1.0));
  }

  @Test
  void should_refuse_lists_that_do_not_line_up() {
    // WHEN / THEN
    assertThatThrownBy(() -> Accuracy.of(ACTUAL, List.of("a"))).hasMessageContaining("4 labels, 1 predictions");
  }
}
