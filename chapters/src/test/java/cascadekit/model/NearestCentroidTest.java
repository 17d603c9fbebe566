package cascadekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestCentroidTest {
  @Test
  void should_predict_the_class_of_the_nearest_centroid() {
    // GIVEN two well separated classes
    NearestCentroid model =
        NearestCentroid.fit(
            List.of(new double[] {0, 0}, new double[] {1, 1}, new double[] {9, 9}, new double[] {10, 10}),
            List.of("low", "low", "high", "high"));
    // WHEN / THEN
    assertThat(model.predictAll(List.of(new double[] {2, 1}, new double[] {8, 9}))).containsExactly("low", "high");
  }

  @Test
  void should_rescale_features_so_a_large_unit_does_not_dominate() {
    // GIVEN x separates the classes; y is in large units. Worked by hand: raw distances from
    // (0, 260) are 160 to A's centroid (0, 100) and 140.004 to B's (1, 400), so a raw model says B.
    // In z-scores (x: mean 0.5, sd 0.5; y: mean 250, sd 180.28) the distances are 0.888 to A and
    // 2.146 to B.
    NearestCentroid model =
        NearestCentroid.fit(
            List.of(new double[] {0, 0}, new double[] {0, 200}, new double[] {1, 300}, new double[] {1, 500}),
            List.of("A", "A", "B", "B"));
    // WHEN / THEN
    assertThat(model.predict(new double[] {0, 260})).isEqualTo("A");
  }

  @Test
  void should_refuse_rows_without_labels() {
    // WHEN / THEN
    assertThatThrownBy(() -> NearestCentroid.fit(List.of(new double[] {1}), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 rows and 0 labels");
  }
}
