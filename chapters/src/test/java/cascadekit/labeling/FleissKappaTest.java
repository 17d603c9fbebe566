package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleissKappaTest {
  @Test
  void should_match_the_worked_example_of_fleiss_1971_as_on_wikipedia() {
    // GIVEN the 10 subjects x 14 raters x 5 categories table of Wikipedia's "Fleiss' kappa"
    int[][] counts = {
      {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
      {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
    };
    // WHEN
    FleissKappa fleiss = FleissKappa.of(counts);
    // THEN: P-bar 0.378, P_e 0.213, kappa 0.210 as published
    assertThat(fleiss.observed()).isCloseTo(0.378, within(5e-4));
    assertThat(fleiss.chance()).isCloseTo(0.213, within(5e-4));
    assertThat(fleiss.kappa()).isCloseTo(0.210, within(5e-4));
  }

  @Test
  void should_refuse_items_with_different_numbers_of_raters() {
    // WHEN / THEN
    assertThatThrownBy(() -> FleissKappa.of(new int[][] {{2, 1}, {1, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 1 has 2 ratings");
  }
}
