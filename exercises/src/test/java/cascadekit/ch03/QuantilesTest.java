package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.quantiles: quantiles by linear interpolation (type 7) and the IQR")
class QuantilesTest {
  /** Commons Math's type 7, the reference every expected value below is checked against. */
  private static double r7(double[] values, double p) {
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p * 100);
  }

  @Test
  @Tag("task:1")
  @DisplayName("Q(0.25) of 1, 2, 3, 4 is 1.75 (interpolated), not 1 or 2 (nearest rank)")
  void interpolates() {
    // h = (4 - 1) * 0.25 = 0.75: 1 + 0.75 * (2 - 1) = 1.75
    double[] values = {1, 2, 3, 4};
    assertThat(Quantiles.quantile(values, 0.25))
        .as("quantile([1, 2, 3, 4], 0.25): h = (n - 1) p = 0.75, so 1 + 0.75 x (2 - 1); 2.0 is 'the next value up', 1.0 the value below")
        .isCloseTo(1.75, within(1e-12))
        .isCloseTo(r7(values, 0.25), within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the median of an even count is the mean of the middle two")
  void evenMedian() {
    double[] values = {9, 4, 7, 1};
    assertThat(Quantiles.quantile(values, 0.5))
        .as("quantile([9, 4, 7, 1], 0.5): sorted 1, 4, 7, 9; h = 1.5, 4 + 0.5 * 3 = 5.5")
        .isCloseTo(5.5, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("Q(0) is the minimum and Q(1) the maximum")
  void ends() {
    double[] values = {3, 8, 1, 5};
    assertThat(Quantiles.quantile(values, 0)).as("quantile(%s, 0)", "[3, 8, 1, 5]").isCloseTo(1, within(1e-12));
    assertThat(Quantiles.quantile(values, 1)).as("quantile(%s, 1): do not read past the last index", "[3, 8, 1, 5]")
        .isCloseTo(8, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a single value is every quantile of it")
  void singleValue() {
    assertThat(Quantiles.quantile(new double[] {42}, 0.5))
        .as("quantile([42], 0.5): h = 0, nothing above to interpolate towards").isCloseTo(42, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("agrees with Commons Math's R_7 on an uneven sample, at several p")
  void agreesWithCommonsMath() {
    double[] values = {17.5, 3.2, 9.9, 4.4, 12.0, 3.2, 8.1};
    for (double p : new double[] {0.1, 0.33, 0.5, 0.9}) {
      assertThat(Quantiles.quantile(values, p))
          .as("quantile([17.5, 3.2, 9.9, 4.4, 12.0, 3.2, 8.1], %s) against Percentile R_7", p)
          .isCloseTo(r7(values, p), within(1e-9));
    }
  }

  @Test
  @Tag("task:1")
  @DisplayName("the caller's array is not sorted in place")
  void doesNotSortTheInput() {
    double[] values = {9, 4, 7, 1};
    Quantiles.quantile(values, 0.5);
    assertThat(values).as("the array after quantile(): sort a copy (values.clone())").containsExactly(9, 4, 7, 1);
  }

  @Test
  @Tag("task:1")
  @DisplayName("p outside [0, 1] and an empty array are refused")
  void refuses() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("quantile(.., 25): p is a fraction, not a percentage")
        .isThrownBy(() -> Quantiles.quantile(new double[] {1, 2}, 25));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("quantile([], 0.5): no values, no quantile")
        .isThrownBy(() -> Quantiles.quantile(new double[0], 0.5));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the IQR of 1..8 is 3.5")
  void iqr() {
    // Q(0.25): h = 1.75 -> 2 + 0.75 = 2.75; Q(0.75): h = 5.25 -> 6 + 0.25 = 6.25; 6.25 - 2.75 = 3.5
    double[] values = {8, 1, 7, 2, 6, 3, 5, 4};
    assertThat(Quantiles.iqr(values))
        .as("iqr(1..8) = Q(0.75) - Q(0.25)")
        .isCloseTo(3.5, within(1e-12))
        .isCloseTo(r7(values, 0.75) - r7(values, 0.25), within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a weight with a slipped decimal point is outside the fences; the rest are not")
  void outliers() {
    // sorted 68, 69, 70, 71, 72, 690: Q1 = 69.25, Q3 = 71.75, IQR 2.5; fences 65.5 and 75.5
    double[] weights = {70, 72, 68, 71, 690, 69};
    assertThat(Quantiles.outliers(weights))
        .as("outliers(%s): fences 65.5 and 75.5", "[70, 72, 68, 71, 690, 69]")
        .containsExactly(690.0);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a value exactly on a fence is not an outlier")
  void onTheFences() {
    // sorted -1, 2, 3, 4, 7: Q1 = 2, Q3 = 4, IQR 2; fences 2 - 3 = -1 and 4 + 3 = 7, exactly the ends
    double[] values = {7, 3, -1, 4, 2};
    assertThat(Quantiles.outliers(values))
        .as("outliers(%s): -1 and 7 sit on the fences -1 and 7; outside means strictly below or above", "[7, 3, -1, 4, 2]")
        .isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("with zero spread (IQR 0) every value off the quartiles is an outlier, and none on them")
  void zeroSpread() {
    // sorted 5, 5, 5, 5, 6: Q1 = Q3 = 5, IQR 0, both fences 5
    double[] values = {5, 5, 6, 5, 5};
    assertThat(Quantiles.outliers(values)).as("outliers(%s): fences 5 and 5", "[5, 5, 6, 5, 5]").containsExactly(6.0);
  }

  @Test
  @Tag("task:3")
  @DisplayName("outliers on both sides come back in the order given")
  void bothSides() {
    // sorted 7, 50, 51, 52, 53, 54, 55, 500: Q1 = 50.75, Q3 = 54.25, IQR 3.5; fences 45.5 and 59.5
    double[] values = {500, 52, 51, 7, 53, 50, 54, 55};
    assertThat(Quantiles.outliers(values))
        .as("outliers(%s)", "[500, 52, 51, 7, 53, 50, 54, 55]")
        .containsExactly(500.0, 7.0);
  }
}
