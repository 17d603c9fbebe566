package cascadekit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** PSI, Jensen-Shannon, L-infinity and chi-square on small fixtures worked by hand. */
class DistanceTest {
  @Test
  void should_compute_psi_by_the_formula_and_survive_an_empty_bin() {
    // GIVEN two bins, half and half in the reference
    double[] expected = {0.5, 0.5};
    // WHEN / THEN: (0.25 - 0.5) ln(0.5) + (0.75 - 0.5) ln(1.5) = 0.173287 + 0.101366
    assertThat(Psi.of(expected, new double[] {0.25, 0.75})).isCloseTo(0.274653, within(1e-6));
    // AND an empty bin counts as 1e-4: (1e-4 - 0.5) ln(1e-4 / 0.5) + 0.5 ln(2) = 4.257745 + 0.346574
    assertThat(Psi.of(expected, new double[] {0, 1})).isCloseTo(4.604319, within(1e-6));
    assertThat(Psi.band(0.05)).isEqualTo("insignificant");
    assertThat(Psi.band(0.1)).isEqualTo("moderate");
    assertThat(Psi.band(0.25)).isEqualTo("significant");
  }

  @Test
  void should_give_a_base_2_jensen_shannon_distance_between_0_and_1() {
    // GIVEN / WHEN / THEN: identical is 0, disjoint is 1
    assertThat(JensenShannon.distance(new double[] {0.3, 0.7}, new double[] {0.3, 0.7})).isZero();
    assertThat(JensenShannon.distance(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(1.0, within(1e-12));
    // AND p = (0.5, 0.5), q = (1, 0), m = (0.75, 0.25):
    // KL(p||m) = 0.5 log2(2/3) + 0.5 log2(2) = 0.207519; KL(q||m) = log2(4/3) = 0.415037
    // divergence = 0.311278, distance = sqrt = 0.557923
    double[] p = {0.5, 0.5};
    double[] q = {1, 0};
    assertThat(JensenShannon.divergence(p, q)).isCloseTo(0.311278, within(1e-6));
    assertThat(JensenShannon.distance(p, q)).isCloseTo(0.557923, within(1e-6));
  }

  @Test
  void should_take_the_largest_share_difference_as_l_infinity() {
    // GIVEN counts 2/3/5 against 5/3/2 WHEN / THEN: |0.2 - 0.5| = 0.3
    assertThat(Shares.lInfinity(Shares.of(new long[] {2, 3, 5}), Shares.of(new long[] {5, 3, 2})))
        .isCloseTo(0.3, within(1e-12));
    assertThat(Shares.of(new long[] {0, 0})).containsExactly(0, 0);
  }

  @Test
  void should_match_commons_math_on_chi_square_with_a_category_the_reference_never_had() {
    // GIVEN three lines in the reference and a fourth, new one in the current batch
    long[] reference = {1000, 980, 1020, 0};
    long[] current = {270, 260, 270, 200};
    // WHEN
    double chi = ChiSquare.statistic(reference, current);
    // THEN it is finite and agrees with Commons Math's two-sample comparison
    ChiSquareTest commons = new ChiSquareTest();
    assertThat(chi).isCloseTo(commons.chiSquareDataSetsComparison(reference, current), within(1e-9));
    assertThat(ChiSquare.pValue(chi, 4))
        .isCloseTo(commons.chiSquareTestDataSetsComparison(reference, current), within(1e-12));
  }

  @Test
  void should_give_the_hand_worked_chi_square_of_a_small_table() {
    // GIVEN reference (50, 50, 0) and current (40, 40, 20); totals 100 and 100, columns 90, 90, 20
    // expected 45, 45, 10 on both sides: 2 x (25/45 + 25/45 + 100/10) = 2 x 11.111 = 22.222
    assertThat(ChiSquare.statistic(new long[] {50, 50, 0}, new long[] {40, 40, 20}))
        .isCloseTo(200.0 / 9, within(1e-9));
  }
}
