package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deequ's online normal and relative rate of change strategies on histories worked by hand. */
class AnomalyCheckTest {
  @Test
  void should_flag_a_point_beyond_three_sd_of_the_history_including_itself() {
    // GIVEN ten zeros then 11: mean 1, population variance (10 x 1 + 100) / 11 = 10, sd 3.1623
    List<MetricPoint> history = series(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11);
    // WHEN
    List<Anomaly> anomalies = AnomalyCheck.onlineNormal().detect(history);
    // THEN 11 > 1 + 3 x 3.1623 = 10.487
    assertThat(anomalies).as("anomalies").hasSize(1);
    Anomaly eleven = anomalies.get(0);
    assertThat(eleven.batch()).isEqualTo("b10");
    assertThat(eleven.value()).isEqualTo(11);
    assertThat(eleven.lower()).as("lower bound").isCloseTo(1 - 3 * Math.sqrt(10), within(1e-9));
    assertThat(eleven.upper()).as("upper bound").isCloseTo(1 + 3 * Math.sqrt(10), within(1e-9));
    assertThat(eleven.toString())
        .isEqualTo("b10: 11 outside [-8.487, 10.49] (online normal: mean 1, sd 3.162, allowed 3 sd below to 3 sd above)");
  }

  @Test
  void should_not_flag_one_drop_after_seven_equal_points_as_the_point_widens_its_own_bounds() {
    // GIVEN the sensor feed's row counts: 1000 x 7 then 150: mean 893.75, sd sqrt(79023.4) = 281.1
    List<MetricPoint> history = series(1000, 1000, 1000, 1000, 1000, 1000, 1000, 150);
    // WHEN / THEN 150 > 893.75 - 3 x 281.1 = 50.4: at most sqrt(7) = 2.65 sd away
    assertThat(AnomalyCheck.onlineNormal().detect(history)).as("online normal on 8 points").isEmpty();
  }

  @Test
  void should_leave_an_anomaly_out_of_the_running_mean_only_when_asked() {
    // GIVEN ten zeros then 11 twice
    List<MetricPoint> history = series(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11);
    // WHEN / THEN left out, the second 11 meets the same bounds as the first
    assertThat(AnomalyCheck.onlineNormal().detect(history)).extracting(Anomaly::batch).containsExactly("b10", "b11");
    // AND kept in, mean 1.833 and sd 4.0995 reach 14.13, so the second 11 passes
    assertThat(AnomalyCheck.onlineNormal(3, 3, 0.1, false).detect(history))
        .extracting(Anomaly::batch).containsExactly("b10");
  }

  @Test
  void should_judge_each_side_by_its_own_factor_and_skip_the_start() {
    // GIVEN ten tens then -1: mean 9, sd 3.1623, lower bound -0.487
    List<MetricPoint> history = series(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, -1);
    // WHEN / THEN
    assertThat(AnomalyCheck.onlineNormal().detect(history)).extracting(Anomaly::batch).containsExactly("b10");
    assertThat(AnomalyCheck.onlineNormal(Double.POSITIVE_INFINITY, 3, 0.1, true).detect(history))
        .as("no lower limit").isEmpty();
    assertThat(AnomalyCheck.onlineNormal(3, 3, 1.0, true).detect(history)).as("every point ignored").isEmpty();
    assertThat(AnomalyCheck.onlineNormal(3, Double.POSITIVE_INFINITY, 0, true).detect(series(5, 5, 5)))
        .as("an open side with sd 0 flags nothing").isEmpty();
  }

  @Test
  void should_flag_a_ratio_to_the_previous_point_beyond_its_limits_with_bounds_in_values() {
    // GIVEN a drop to 150 and the recovery: 150 / 1000 = 0.15 and 1000 / 150 = 6.67
    List<MetricPoint> history = series(1000, 1000, 150, 1000);
    // WHEN
    List<Anomaly> both = AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(history);
    // THEN
    assertThat(both).extracting(Anomaly::batch).containsExactly("b2", "b3");
    assertThat(both.get(0)).extracting(Anomaly::lower, Anomaly::upper).containsExactly(500.0, 2000.0);
    assertThat(both.get(1)).extracting(Anomaly::lower, Anomaly::upper).containsExactly(75.0, 300.0);
    assertThat(both.get(0).toString())
        .isEqualTo("b2: 150 outside [500, 2000] (relative rate of change: 0.15 x b1's 1000, allowed 0.5..2)");
    assertThat(AnomalyCheck.relativeRateOfChange(0.5, Double.POSITIVE_INFINITY).detect(history))
        .as("decrease only").extracting(Anomaly::toString)
        .containsExactly("b2: 150 outside [500, inf] (relative rate of change: 0.15 x b1's 1000, allowed 0.5..inf)");
  }

  @Test
  void should_allow_a_ratio_exactly_on_a_limit_and_follow_deequ_after_a_zero() {
    // GIVEN / WHEN / THEN 500 / 1000 = 0.5 and 1000 / 500 = 2.0 sit on the limits
    assertThat(AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(series(1000, 500, 1000))).isEmpty();
    // AND 0 / 0 has no ratio; 5 / 0 is infinite
    assertThat(AnomalyCheck.relativeRateOfChange(0.5, 2.0).detect(series(0, 0, 5)))
        .extracting(Anomaly::batch).containsExactly("b2");
  }

  @Test
  void should_refuse_limits_that_cannot_hold() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> AnomalyCheck.relativeRateOfChange(2.0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRateDecrease <= maxRateIncrease");
    assertThatThrownBy(() -> AnomalyCheck.relativeRateOfChange(Double.NaN, 2.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnomalyCheck.onlineNormal(-1, 3, 0.1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factors must be >= 0");
    assertThatThrownBy(() -> AnomalyCheck.onlineNormal(3, 3, 1.5, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ignoreStartShare must be in [0, 1]");
  }

  private static List<MetricPoint> series(double... values) {
    List<MetricPoint> points = new ArrayList<>();
    for (double value : values) {
      points.add(new MetricPoint("b" + points.size(), value));
    }
    return points;
  }
}
