package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch06.MetricAnomaly.Band;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("06.metric-anomaly: Deequ's online-normal check, the current point in its own baseline")
class MetricAnomalyTest {
  @Test
  @Tag("task:1")
  @DisplayName("the band runs from lowerFactor sd below the mean to upperFactor sd above it")
  void asymmetricBand() {
    Band band = MetricAnomaly.band(List.of(0.0, 2.0), 2, 0.5);
    assertThat(band.low()).as("low of band([0, 2], lower 2, upper 0.5): mean 1 - 2 x sd 1").isCloseTo(-1.0, within(1e-12));
    assertThat(band.high()).as("high of band([0, 2], lower 2, upper 0.5): mean 1 + 0.5 x sd 1").isCloseTo(1.5, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the band uses the population standard deviation (divide by n)")
  void populationSd() {
    // mean 20; squares 100 + 100 + 400 = 600; population sd sqrt(600 / 3) = 14.1421 (sample: sqrt(300) = 17.3205)
    Band band = MetricAnomaly.band(List.of(10.0, 10.0, 40.0), 1.3, 1.3);
    assertThat(band.high()).as("high of band([10, 10, 40], 1.3, 1.3): 20 + 1.3 x 14.1421; 42.5167 is the sample sd's")
        .isCloseTo(20 + 1.3 * Math.sqrt(200), within(1e-9));
    assertThat(band.low()).as("low of band([10, 10, 40], 1.3, 1.3)").isCloseTo(20 - 1.3 * Math.sqrt(200), within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the band of a metric near a billion keeps its spread: deviations from the mean, then squares")
  void largeValues() {
    // mean 1e9 + 7/3; deviations -4/3, -1/3, 5/3; squares 42/9; population sd sqrt(14) / 3 = 1.2472
    Band band = MetricAnomaly.band(List.of(1_000_000_001.0, 1_000_000_002.0, 1_000_000_004.0), 1, 1);
    assertThat(band.high()).as("high of band([1e9 + 1, 1e9 + 2, 1e9 + 4], 1, 1): sum(v^2) - n mean^2 cancels to noise (or NaN)")
        .isCloseTo(1_000_000_000 + 7.0 / 3 + Math.sqrt(14) / 3, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the current point is part of its own baseline, so 40 after two 10s is normal at 1.5 sd")
  void currentPointInBaseline() {
    assertThat(MetricAnomaly.anomalies(List.of(10.0, 10.0, 40.0), 1.5, 1.5, 0))
        .as("anomalies([10, 10, 40], 1.5, 1.5): baseline 10, 10, 40 -> mean 20, sd 14.14, band -1.2 to 41.2."
            + " Judged against the earlier points only (sd 0), 40 would be flagged")
        .isEmpty();
    assertThat(MetricAnomaly.anomalies(List.of(10.0, 10.0, 40.0), 1.3, 1.3, 0))
        .as("anomalies([10, 10, 40], 1.3, 1.3): band 1.6 to 38.4 with the population sd (the sample sd gives -2.5 to 42.5)")
        .containsExactly(2);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a flagged point leaves the baseline, so the smaller jump after it is seen too")
  void anomaliesLeaveTheBaseline() {
    // index 4: 10, 10, 10, 10, 20 -> mean 12, sd 4, band 8 to 16: 20 flagged.
    // index 5: 10, 10, 10, 10, 12 -> mean 10.4, sd 0.8, band 9.6 to 11.2: 12 flagged (with 20 kept: sd 3.65, normal)
    assertThat(MetricAnomaly.anomalies(List.of(10.0, 10.0, 10.0, 10.0, 20.0, 12.0), 1, 1, 0))
        .as("anomalies([10, 10, 10, 10, 20, 12], 1, 1)").containsExactly(4, 5);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a point exactly on the band's edge is normal")
  void edgeIsNormal() {
    // [0, 2]: mean 1, sd 1; with factor 1 the band is 0 to 2, both ends in it
    assertThat(MetricAnomaly.anomalies(List.of(0.0, 2.0), 1, 1, 0)).as("anomalies([0, 2], 1, 1): 2 is the high end").isEmpty();
    assertThat(MetricAnomaly.anomalies(List.of(2.0, 0.0), 1, 1, 0)).as("anomalies([2, 0], 1, 1): 0 is the low end").isEmpty();
    assertThat(MetricAnomaly.anomalies(List.of(0.0, 2.0), 0.99, 0.99, 0)).as("anomalies([0, 2], 0.99, 0.99)").containsExactly(1);
  }

  @Test
  @Tag("task:2")
  @DisplayName("points with an index below size x ignoreStartShare are not flagged but stay in the baseline")
  void ignoredStart() {
    List<Double> history = new ArrayList<>(Collections.nCopies(10, 10.0));
    history.set(2, 40.0);
    assertThat(MetricAnomaly.anomalies(history, 1, 1, 0.25))
        .as("anomalies(%s, 1, 1, ignoreStartShare 0.25): 10 x 0.25 = 2.5, so index 2 < 2.5 is never flagged;"
            + " later 10s stay inside the band with 40 in the baseline", history)
        .isEmpty();
    assertThat(MetricAnomaly.anomalies(history, 1, 1, 0.2))
        .as("anomalies(%s, 1, 1, ignoreStartShare 0.2): 10 x 0.2 = 2, so index 2 is judged (band 5.9 to 34.1)", history)
        .containsExactly(2);
  }

  @Test
  @Tag("task:2")
  @DisplayName("at 3 sd, a jump after nine equal points is still on the edge; after ten it is flagged")
  void blindStart() {
    List<Double> ten = new ArrayList<>(Collections.nCopies(9, 0.0));
    ten.add(1000.0);
    assertThat(MetricAnomaly.anomalies(ten, 3, 3, 0))
        .as("anomalies(nine 0s then 1000, 3, 3): mean 100, sd 300, high end exactly 1000").isEmpty();
    List<Double> eleven = new ArrayList<>(Collections.nCopies(10, 0.0));
    eleven.add(1000.0);
    assertThat(MetricAnomaly.anomalies(eleven, 3, 3, 0))
        .as("anomalies(ten 0s then 1000, 3, 3): mean 90.9, sd 287.5, high end 953.4").containsExactly(10);
  }

  @Test
  @Tag("task:3")
  @DisplayName("the fewest points for a possible alarm: sqrt(n - 1) must exceed k")
  void fewestPoints() {
    assertThat(MetricAnomaly.fewestPoints(3)).as("fewestPoints(3): sqrt(10) > 3, while sqrt(9) = 3 is only the edge").isEqualTo(11);
    assertThat(MetricAnomaly.fewestPoints(2.5))
        .as("fewestPoints(2.5): sqrt(7) = 2.65 > 2.5 (the sample sd's (n - 1) / sqrt(n) would give 9)").isEqualTo(8);
    assertThat(MetricAnomaly.fewestPoints(0.5)).as("fewestPoints(0.5): two points, sqrt(1) = 1").isEqualTo(2);
  }
}
