package cascadekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/** The k-nearest-neighbours model, the scaler it is used with, and the AUC that scores it. */
class NearestNeighboursTest {
  private static final List<double[]> ROWS =
      List.of(new double[] {0}, new double[] {1}, new double[] {2}, new double[] {10}, new double[] {11});
  private static final List<String> LABELS = List.of("0", "0", "1", "1", "1");

  @Test
  void should_score_a_row_by_the_share_of_its_k_nearest_rows_with_the_label() {
    // GIVEN k = 3 WHEN scoring 1.4 (nearest: 1, 2, 0) and 9 (nearest: 10, 11, 2)
    NearestNeighbours model = NearestNeighbours.fit(ROWS, LABELS, 3);
    // THEN 1 of 3 and 3 of 3 carry "1"
    assertThat(model.share(new double[] {1.4}, "1")).as("share at 1.4").isCloseTo(1.0 / 3, within(1e-12));
    assertThat(model.shares(List.of(new double[] {9}), "1")).as("share at 9").containsExactly(1.0);
  }

  @Test
  void should_break_a_tie_in_distance_for_the_earlier_training_row() {
    // GIVEN k = 1 WHEN scoring 1.5, as far from 1 ("0", earlier) as from 2 ("1")
    // THEN the earlier row wins
    assertThat(NearestNeighbours.fit(ROWS, LABELS, 1).share(new double[] {1.5}, "1")).as("share").isEqualTo(0.0);
  }

  @Test
  void should_predict_the_label_most_neighbours_carry_and_break_a_tie_for_the_label_that_sorts_first() {
    // GIVEN k = 3 and k = 2
    NearestNeighbours three = NearestNeighbours.fit(ROWS, LABELS, 3);
    NearestNeighbours two = NearestNeighbours.fit(ROWS, LABELS, 2);
    // WHEN predicting 1.4 (nearest: 1, 2, 0 -> "0", "1", "0") and 9 (10, 11, 2 -> all "1")
    // THEN the majority wins; at 2.2 with k = 2 (2 and 1: "1" and "0") the tie goes to "0"
    assertThat(three.predict(new double[] {1.4})).as("prediction at 1.4, k = 3").isEqualTo("0");
    assertThat(three.predict(new double[] {9})).as("prediction at 9, k = 3").isEqualTo("1");
    assertThat(two.predict(new double[] {2.2})).as("prediction at 2.2, k = 2 (a tie)").isEqualTo("0");
  }

  @Test
  void should_refuse_a_k_larger_than_the_training_rows() {
    assertThatThrownBy(() -> NearestNeighbours.fit(ROWS, LABELS, 6))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be 1 to 5 (the training rows), got 6");
  }

  @Test
  void should_scale_with_the_population_standard_deviation_of_the_rows_it_was_fitted_on() {
    // GIVEN x = 0, 1, 2, 10, 11: mean 4.8, population sd sqrt(110.8 / 5) = sqrt(22.16)
    Scaler scaler = Scaler.fit(ROWS);
    double sd = new StandardDeviation(false).evaluate(new double[] {0, 1, 2, 10, 11});
    // WHEN / THEN
    assertThat(scaler.mean(0)).as("mean").isCloseTo(4.8, within(1e-12));
    assertThat(scaler.sd(0)).as("population sd, as StandardScaler").isCloseTo(Math.sqrt(22.16), within(1e-12));
    assertThat(sd).as("Commons Math's population sd agrees").isCloseTo(Math.sqrt(22.16), within(1e-12));
    assertThat(scaler.transform(new double[] {4.8 + sd})[0]).as("z of mean + 1 sd").isCloseTo(1, within(1e-12));
    assertThat(Scaler.fit(List.of(new double[] {3}, new double[] {3})).sd(0)).as("constant column").isEqualTo(1);
  }

  @Test
  void should_compute_auc_with_ties_counting_one_half() {
    // GIVEN positives scoring 0.9 and 0.4, negatives 0.4 and 0.1:
    // pairs (0.9,0.4) win, (0.9,0.1) win, (0.4,0.4) tie, (0.4,0.1) win => 3.5 / 4
    double auc = Auc.of(List.of("1", "0", "1", "0"), new double[] {0.9, 0.4, 0.4, 0.1}, "1");
    // THEN
    assertThat(auc).as("AUC").isEqualTo(0.875);
    assertThatThrownBy(() -> Auc.of(List.of("0"), new double[] {0.1}, "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("AUC needs both positive ('1') and other labels");
  }
}
