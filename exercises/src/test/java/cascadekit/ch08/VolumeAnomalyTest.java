package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.volume-anomaly: two of Deequ's strategies for a row count over time")
class VolumeAnomalyTest {
  @Test
  @Tag("task:1")
  @DisplayName("a rate-of-change rule flags the drop and the recovery after it")
  void dropAndRecovery() {
    // day 2: (150 - 1000) / 1000 = -0.85 < -0.5; day 3: (1000 - 150) / 150 = +5.67 > 0.5
    assertThat(VolumeAnomaly.rateOfChange(List.of(1000L, 1000L, 150L, 1000L), 0.5, 0.5))
        .as("rateOfChange([1000, 1000, 150, 1000], 0.5, 0.5): rates -0.85 and +5.67, in double, not long arithmetic")
        .containsExactly(2, 3);
  }

  @Test
  @Tag("task:1")
  @DisplayName("decrease and increase have their own limits, and a steady feed has no alert")
  void separateLimits() {
    // day 1: -0.3 (allowed down to -0.5); day 2: +0.43 (allowed up to +0.2)
    assertThat(VolumeAnomaly.rateOfChange(List.of(1000L, 700L, 1000L), 0.5, 0.2))
        .as("rateOfChange([1000, 700, 1000], maxDecrease 0.5, maxIncrease 0.2)").containsExactly(2);
    assertThat(VolumeAnomaly.rateOfChange(List.of(1000L, 1010L, 990L, 1000L), 0.5, 0.5))
        .as("rateOfChange of a steady feed: no day should alert").isEmpty();
  }

  @Test
  @Tag("task:1")
  @DisplayName("a change exactly at a limit is allowed: only below -maxDecrease or above maxIncrease alerts")
  void changeAtTheLimits() {
    // day 1: (500 - 1000) / 1000 = -0.5 exactly; day 2: (750 - 500) / 500 = +0.5 exactly
    assertThat(VolumeAnomaly.rateOfChange(List.of(1000L, 500L, 750L), 0.5, 0.5))
        .as("rateOfChange([1000, 500, 750], 0.5, 0.5): -0.5 and +0.5 sit on the limits, not beyond")
        .isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a drop far outside mean +/- 3 sd of the normal days is flagged, the recovery is not")
  void normalDrop() {
    // days 0-2: mean 1000, sample sd sqrt((16 + 441 + 289) / 2) = 19.31; day 3 (1000) normal;
    // day 4 (150) is about 54 sd off the history of days 0-3 (sd 15.77); day 5 (1000) is judged without it
    assertThat(VolumeAnomaly.normal(List.of(1004L, 979L, 1017L, 1000L, 150L, 1000L), 3, 3))
        .as("normal([1004, 979, 1017, 1000, 150, 1000], 3 sd, warm-up 3)").containsExactly(4);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the standard deviation is the sample one (n - 1)")
  void sampleStandardDeviation() {
    // history 1004, 979, 1017: mean 1000; sample sd 19.31 -> band 942.1 to 1057.9, so 945 is normal.
    // The population sd (15.77) would give 952.7 to 1047.3 and flag 945.
    assertThat(VolumeAnomaly.normal(List.of(1004L, 979L, 1017L, 945L), 3, 3))
        .as("normal([1004, 979, 1017, 945], 3, 3): 945 is inside the band with the sample sd").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a flagged day stays out of the history, so the next smaller dip is still seen")
  void anomaliesLeftOut() {
    // Without day 3 the band stays 942.1 to 1057.9 and 930 is flagged. With 150 in the history
    // the mean falls to 787.5 and the sd rises to 425.3: 930 would pass.
    assertThat(VolumeAnomaly.normal(List.of(1004L, 979L, 1017L, 150L, 930L), 3, 3))
        .as("normal([1004, 979, 1017, 150, 930], 3, 3): leave flagged days out of the history")
        .containsExactly(3, 4);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the warm-up days are never flagged")
  void warmup() {
    assertThat(VolumeAnomaly.normal(List.of(1000L, 10L, 1000L, 990L), 3, 2))
        .as("normal([1000, 10, 1000, 990], 3, warm-up 2): days 0 and 1 only build the history")
        .isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a warm-up below 2 days is refused: one day has no standard deviation")
  void warmupOfOne() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("normal([1000, 990, 1010], 3, warm-up 1) must throw IllegalArgumentException")
        .isThrownBy(() -> VolumeAnomaly.normal(List.of(1000L, 990L, 1010L), 3, 1));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a day exactly sigmas sd from the mean is normal: only more than that is flagged")
  void dayOnTheBandEdge() {
    // history 0, 2, 4: mean 2, sample sd sqrt(8 / 2) = 2 exactly; day 3 (4) is exactly 1 sd away
    assertThat(VolumeAnomaly.normal(List.of(0L, 2L, 4L, 4L), 1, 3))
        .as("normal([0, 2, 4, 4], 1 sd, warm-up 3): |4 - 2| = 1 x 2 is on the band's edge, not outside")
        .isEmpty();
  }
}
