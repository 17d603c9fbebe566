package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpammersTest {
  @Test
  void should_score_equal_rows_zero_and_a_swap_one() {
    // WHEN / THEN
    assertThat(Spammers.score(new double[][] {{0.5, 0.5}, {0.5, 0.5}})).isCloseTo(0.0, within(1e-12));
    assertThat(Spammers.score(new double[][] {{0, 1}, {1, 0}})).isCloseTo(1.0, within(1e-12));
    assertThat(Spammers.isSpammer(new double[][] {{0.5, 0.5}, {0.5, 0.5}})).isTrue();
    assertThat(Spammers.isSpammer(new double[][] {{0, 1}, {1, 0}})).isFalse();
  }

  @Test
  void should_average_the_distance_over_every_pair_of_rows() {
    // GIVEN rows 0 and 1 equal, row 2 different: distances 0, 0.5 and 0.5 (half the L1 norm)
    double[][] confusion = {{0.5, 0.5, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}};
    // WHEN / THEN
    assertThat(Spammers.score(confusion)).isCloseTo(1.0 / 3, within(1e-12));
  }
}
