package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidentLearningTest {
  // Worked by hand. Labelled 0: examples 0, 1, 2, so t_0 = (0.9 + 0.7 + 0.2) / 3 = 0.6.
  // Labelled 1: examples 3, 4, so t_1 = (0.7 + 0.9) / 2 = 0.8. Example 2 passes only t_1
  // (0.8 >= 0.8); example 3 passes neither.
  private static final int[] GIVEN = {0, 0, 0, 1, 1};
  private static final double[][] P = {{0.9, 0.1}, {0.7, 0.3}, {0.2, 0.8}, {0.3, 0.7}, {0.1, 0.9}};

  @Test
  void should_take_thresholds_from_the_examples_labelled_with_each_class() {
    // WHEN
    ConfidentLearning cl = ConfidentLearning.of(GIVEN, P);
    // THEN
    assertThat(cl.thresholds()).containsExactly(new double[] {0.6, 0.8}, within(1e-12));
    assertThat(cl.confident()).containsExactly(0, 0, 1, -1, 1);
    assertThat(cl.joint()).isDeepEqualTo(new int[][] {{2, 1}, {0, 1}});
  }

  @Test
  void should_flag_the_off_diagonal_and_calibrate_the_count() {
    // WHEN
    ConfidentLearning cl = ConfidentLearning.of(GIVEN, P);
    // THEN: row 0 of the joint holds 1 of its 3 confident examples off-diagonal, and 3 examples
    // are labelled 0, so 1/3 x 3 = 1 estimated error
    assertThat(cl.issues()).containsExactly(2);
    assertThat(cl.estimatedErrors()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void should_rank_candidates_by_self_confidence() {
    // GIVEN two examples labelled 0 that the model is sure are 1
    int[] given = {0, 0, 0, 1};
    double[][] p = {{0.9, 0.1}, {0.1, 0.9}, {0.02, 0.98}, {0.2, 0.8}};
    // WHEN / THEN: t_0 = 0.34, t_1 = 0.8; example 2 has the lower probability of its label
    assertThat(ConfidentLearning.of(given, p).issues()).containsExactly(2, 1);
  }
}
