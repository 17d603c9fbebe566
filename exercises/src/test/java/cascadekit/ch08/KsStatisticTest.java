package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.ks-statistic: the two-sample Kolmogorov-Smirnov test, by hand")
class KsStatisticTest {
  private final KolmogorovSmirnovTest commonsMath = new KolmogorovSmirnovTest();

  @Test
  @Tag("task:1")
  @DisplayName("D is the largest gap between the empirical CDFs")
  void statisticOfShiftedSamples() {
    // At x = 2: F_a = 2/4, F_b = 0/4; at x = 4: F_a = 1, F_b = 2/4. D = 0.5.
    assertThat(KsStatistic.statistic(List.of(1.0, 2.0, 3.0, 4.0), List.of(3.0, 4.0, 5.0, 6.0)))
        .as("statistic([1, 2, 3, 4], [3, 4, 5, 6]): 0.75 means the tied 3s and 4s were counted one at a time")
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("tied values are counted on both sides before the gap is measured")
  void statisticWithTies() {
    // At x = 1: 1/4 vs 0; at x = 2: 3/4 vs 4/4; at x = 3: 1 vs 1. D = 0.25.
    // Walking the merged values one at a time would see 3/4 vs 0 at the 2s and report 0.75.
    double[] a = {1, 2, 2, 3};
    double[] b = {2, 2, 2, 2};
    assertThat(KsStatistic.statistic(List.of(1.0, 2.0, 2.0, 3.0), List.of(2.0, 2.0, 2.0, 2.0)))
        .as("statistic([1, 2, 2, 3], [2, 2, 2, 2]): 0.75 means ties were split")
        .isCloseTo(commonsMath.kolmogorovSmirnovStatistic(a, b), within(1e-12))
        .isCloseTo(0.25, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("D is measured at the values of both samples, whichever is passed first")
  void statisticAtBothSamplesValues() {
    // Disjoint samples: at x = 4, F_a = 1 and F_b = 0, so D = 1 both ways round. Measuring the
    // gap only at a's values, or only at b's, gives 0.75 one way round.
    List<Double> low = List.of(1.0, 2.0, 3.0, 4.0);
    List<Double> high = List.of(5.0, 6.0, 7.0, 8.0);
    assertThat(KsStatistic.statistic(low, high)).as("statistic([1..4], [5..8])").isCloseTo(1.0, within(1e-12));
    assertThat(KsStatistic.statistic(high, low)).as("statistic([5..8], [1..4]): the same D the other way round").isCloseTo(1.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("identical samples have D = 0, and the order of the values does not matter")
  void statisticOfIdenticalSamples() {
    assertThat(KsStatistic.statistic(List.of(3.0, 1.0, 2.0), List.of(1.0, 2.0, 3.0)))
        .as("statistic([3, 1, 2], [1, 2, 3])").isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the p-value follows Kolmogorov's limiting distribution, as Commons Math computes it")
  void pValueMatchesCommonsMath() {
    // lambda = 0.5 x sqrt(10 x 10 / 20) = 1.118; p = 0.164079
    assertThat(KsStatistic.pValue(0.5, 10, 10))
        .as("pValue(0.5, 10, 10) against Commons Math approximateP")
        .isCloseTo(commonsMath.approximateP(0.5, 10, 10), within(1e-9))
        .isCloseTo(0.164079, within(1e-6));
    assertThat(KsStatistic.pValue(0.05, 3000, 1000))
        .as("pValue(0.05, 3000, 1000): lambda = 1.369, n and m enter as n m / (n + m)")
        .isCloseTo(commonsMath.approximateP(0.05, 3000, 1000), within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("n m / (n + m) is computed in doubles, also when n + m does not divide n m")
  void pValueOfUnevenSizes() {
    // n m / (n + m) = 35 / 12 = 2.917; in int arithmetic it is 2, and lambda falls from 0.512 to 0.424
    assertThat(KsStatistic.pValue(0.3, 7, 5))
        .as("pValue(0.3, 7, 5) against Commons Math approximateP: lambda = 0.3 x sqrt(35 / 12)")
        .isCloseTo(commonsMath.approximateP(0.3, 7, 5), within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a statistic of 0 has a p-value of 1, and a tiny one stays within [0, 1]")
  void pValueEdges() {
    assertThat(KsStatistic.pValue(0, 100, 100)).as("pValue(0, 100, 100)").isCloseTo(1.0, within(1e-12));
    assertThat(KsStatistic.pValue(0.001, 100, 100)).as("pValue(0.001, 100, 100), a probability").isBetween(0.0, 1.0);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a statistic just above 0 has a p-value of 1, as 0 has, however long the series runs")
  void pValueOfATinyStatistic() {
    // lambda = 1e-6 x sqrt(10 x 10 / 20) = 2.2e-6: the terms stay near 1 for 100,000 steps and
    // more. Kolmogorov's p tends to 1 as lambda tends to 0; an alternating series cut after an
    // even number of terms sums to about 0.1 instead (one cut after an odd number, to about 1.9,
    // which the clamp brings back to 1).
    assertThat(KsStatistic.pValue(1e-6, 10, 10)).as("pValue(1e-6, 10, 10): lambda 2.2e-6, so p is 1 as for D = 0").isCloseTo(1.0, within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a sample shifted by half its range has drifted at alpha 0.05, one shifted a little has not")
  void drifted() {
    List<Double> reference = range(1, 20);
    // 11..30 against 1..20: D = 0.5, p = 0.0135; 4..23: D = 0.15, p = 0.978
    assertThat(KsStatistic.drifted(reference, range(11, 30), 0.05))
        .as("drifted(1..20, 11..30, 0.05): p = %.4f", commonsMath.approximateP(0.5, 20, 20)).isTrue();
    assertThat(KsStatistic.drifted(reference, range(4, 23), 0.05))
        .as("drifted(1..20, 4..23, 0.05): p = %.4f", commonsMath.approximateP(0.15, 20, 20)).isFalse();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a p-value exactly at alpha counts as drift: 'at or below' includes it")
  void pValueAtAlpha() {
    // D = 0 for identical samples, so p = 1 exactly, which is exactly alpha = 1.0
    assertThat(KsStatistic.drifted(range(1, 5), range(1, 5), 1.0))
        .as("drifted(1..5, 1..5, alpha 1.0): p = 1 is at alpha; compare with <=, not <")
        .isTrue();
  }

  private static List<Double> range(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> (double) i).toList();
  }
}
