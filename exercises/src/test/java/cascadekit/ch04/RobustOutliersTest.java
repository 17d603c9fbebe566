package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.robust-outliers: outliers by median and MAD, and by IQR fences")
class RobustOutliersTest {
  /** Right-skewed: seven ordinary values and two huge ones. */
  private static final double[] SKEWED = {10, 11, 12, 13, 14, 15, 16, 500, 520};

  @Test
  @Tag("task:1")
  @DisplayName("the MAD is the median of the absolute deviations from the median")
  void mad() {
    // median 14; |x - 14| = 4 3 2 1 0 1 2 486 506, sorted 0 1 1 2 2 3 4 486 506: median 2
    assertThat(RobustOutliers.mad(SKEWED.clone())).as("mad(10..16, 500, 520)").isCloseTo(2.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the MAD of an even count uses the mean of the two middle values, and the input keeps its order")
  void madEven() {
    double[] values = {8, 1, 4, 2};
    // median (2 + 4) / 2 = 3; |x - 3| = 5 2 1 1, sorted 1 1 2 5: median (1 + 2) / 2 = 1.5
    assertThat(RobustOutliers.mad(values)).as("mad(8, 1, 4, 2)").isCloseTo(1.5, within(1e-9));
    assertThat(values).as("the array after mad(...): sort a copy").containsExactly(8, 1, 4, 2);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the robust z-score finds three huge values that a plain z-score masks")
  void robustNotPlainZ() {
    // 17 ordinary values and 500, 520, 540 (n = 20, so a z-score could reach (n - 1) / sqrt(n) = 4.25).
    // Mean 91.25 and sd 184.9 are inflated by the three themselves: their z-scores are only 2.21,
    // 2.32, 2.43 (masking). Median 15.5, MAD 3.5: they are 93, 97 and 101 robust sds out.
    double[] masked = {10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 17, 18, 19, 20, 22, 24, 500, 520, 540};
    double z540 = (540 - new Mean().evaluate(masked)) / new StandardDeviation().evaluate(masked);
    assertThat(RobustOutliers.robustOutliers(masked.clone(), 3.5))
        .as("robustOutliers at 3.5 of 17 ordinary values and 500, 520, 540; a plain z-score gives 540 only %.2f"
            + " and flags nothing", z540)
        .containsExactly(17, 18, 19);
  }

  @Test
  @Tag("task:2")
  @DisplayName("ordinary values are not outliers, and the threshold decides")
  void threshold() {
    double[] values = {10, 12, 14, 16, 18, 30};
    // median 15, |x - 15| = 5 3 1 1 3 15 -> MAD 3; robust sd 4.4478; 30 is 15 / 4.4478 = 3.37 out, 10 is 1.12
    assertThat(RobustOutliers.robustOutliers(values, 3.0)).as("robustOutliers(10..18, 30) at 3.0").containsExactly(5);
    assertThat(RobustOutliers.robustOutliers(values, 3.5)).as("robustOutliers(10..18, 30) at 3.5").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a value whose robust z-score is exactly the threshold is not an outlier: only above it is")
  void exactlyOnTheThreshold() {
    // median 0; |x - 0| = 2.9652 1 10 0 10 1 2 -> MAD 2; robust sd 1.4826 x 2 = 2.9652 (doubling
    // is exact in binary). 2.9652 is then exactly 1 robust sd out, and +-10 are 3.37 out.
    double[] values = {2.9652, -1, 10, 0, -10, 1, -2};
    assertThat(RobustOutliers.robustOutliers(values, 1.0))
        .as("robustOutliers([2.9652, -1, 10, 0, -10, 1, -2], 1.0): index 0 scores exactly 1.0, not above it")
        .containsExactly(2, 4);
  }

  @Test
  @Tag("task:3")
  @DisplayName("Tukey's fences come from linearly interpolated quartiles")
  void fences() {
    // Q1 at h = 9 x 0.25 = 2.25: 3 + 0.25 x (4 - 3) = 3.25; Q3 at h = 6.75: 7.75; IQR 4.5; k x IQR = 6.75
    assertThat(RobustOutliers.iqrFences(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100}, 1.5))
        .as("iqrFences(1..9, 100) at k = 1.5").containsExactly(new double[] {-3.5, 14.5}, within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a single value is both its quartiles, so both fences sit on it")
  void fencesOfOneValue() {
    // n = 1: h = 0 x p = 0 for every p, so Q1 = Q3 = 7 and IQR = 0; there is no value after it
    assertThat(RobustOutliers.iqrFences(new double[] {7}, 1.5))
        .as("iqrFences([7], 1.5): Q1 = Q3 = 7").containsExactly(new double[] {7, 7}, within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the quartiles agree with Commons Math's R-7 percentile on unsorted data")
  void fencesAgainstCommonsMath() {
    double[] values = {72.5, 61.0, 88.4, 70.1, 640.0, 55.3, 79.9, 66.6};
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    double q1 = percentile.evaluate(values, 25);
    double q3 = percentile.evaluate(values, 75);
    assertThat(RobustOutliers.iqrFences(values.clone(), 3.0))
        .as("iqrFences(...) at k = 3: Q1 %.4f, Q3 %.4f by Commons Math; sort a copy, and interpolate between order statistics", q1, q3)
        .containsExactly(new double[] {q1 - 3 * (q3 - q1), q3 + 3 * (q3 - q1)}, within(1e-9));
  }
}
