package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Annotations;
import java.util.List;
import org.junit.jupiter.api.Test;

class DawidSkeneTest {
  @Test
  void should_learn_that_an_annotator_swaps_the_two_classes() {
    // GIVEN a1 and a2 always right, a3 always swapped, on true classes 0 0 0 0 1 1
    Annotations panel =
        new Annotations(
            List.of("i1", "i2", "i3", "i4", "i5", "i6"),
            List.of("a1", "a2", "a3"),
            List.of("yes", "no"),
            new int[][] {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {1, 1, 0}, {1, 1, 0}});
    // WHEN
    DawidSkene model = DawidSkene.fit(panel);
    // THEN
    assertThat(model.labels()).containsExactly(0, 0, 0, 0, 1, 1);
    assertThat(model.confusions()[2][0][1]).isGreaterThan(0.95);
    assertThat(model.confusions()[2][1][0]).isGreaterThan(0.95);
    assertThat(model.estimatedAccuracy(2)).isLessThan(0.05);
    assertThat(model.priors()[0]).isGreaterThan(0.6).isLessThan(0.7);
  }

  @Test
  void should_keep_every_probability_above_zero_when_a_pair_was_never_seen() {
    // GIVEN a2 labelled only one item, so most of its confusion cells have no evidence
    int none = Annotations.MISSING;
    Annotations panel =
        new Annotations(
            List.of("i1", "i2", "i3"),
            List.of("a1", "a2"),
            List.of("yes", "no"),
            new int[][] {{0, 0}, {1, none}, {1, none}});
    // WHEN
    DawidSkene model = DawidSkene.fit(panel);
    // THEN
    for (double[][] confusion : model.confusions()) {
      for (double[] row : confusion) {
        for (double p : row) {
          assertThat(p).isFinite().isPositive();
        }
      }
    }
    for (double[] posterior : model.posteriors()) {
      assertThat(posterior[0] + posterior[1]).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void should_refuse_zero_smoothing() {
    // WHEN / THEN
    Annotations panel = new Annotations(List.of("i"), List.of("a"), List.of("x", "y"), new int[][] {{0}});
    assertThatThrownBy(() -> DawidSkene.fit(panel, 0, 10, 1e-6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smoothing");
  }
}
