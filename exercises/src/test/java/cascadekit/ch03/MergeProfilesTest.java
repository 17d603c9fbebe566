package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch03.MergeProfiles.Summary;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.merge-profiles: merging partial profiles into the profile of the whole")
class MergeProfilesTest {
  private static final double[] DAY_ONE = {71.5, 80.2, 64.9, 77.0, 90.3, 68.8};
  private static final double[] DAY_TWO = {150.1, 162.0};

  /** Returns Commons Math's statistics of both days' values, read at once. */
  private static DescriptiveStatistics bothDays() {
    DescriptiveStatistics whole = new DescriptiveStatistics(DAY_ONE);
    for (double v : DAY_TWO) {
      whole.addValue(v);
    }
    return whole;
  }

  @Test
  @Tag("task:1")
  @DisplayName("1, 2, 3 summarise to count 3, mean 2, M2 2")
  void summarizeSmall() {
    // mean 2; squared deviations 1 + 0 + 1 = 2
    Summary s = MergeProfiles.summarize(new double[] {1, 2, 3});
    assertThat(s.count()).as("count of [1, 2, 3]").isEqualTo(3);
    assertThat(s.mean()).as("mean of [1, 2, 3]").isCloseTo(2.0, within(1e-12));
    assertThat(s.m2()).as("M2 of [1, 2, 3]: the sum of squared deviations, not the variance").isCloseTo(2.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a day's summary matches Commons Math, and an empty day is all zeros")
  void summarizeAgainstCommonsMath() {
    DescriptiveStatistics reference = new DescriptiveStatistics(DAY_ONE);
    Summary s = MergeProfiles.summarize(DAY_ONE);
    assertThat(s.mean()).as("mean of day one against Commons Math").isCloseTo(reference.getMean(), within(1e-9));
    assertThat(s.m2()).as("M2 of day one = population variance x n").isCloseTo(reference.getPopulationVariance() * 6, within(1e-9));
    Summary empty = MergeProfiles.summarize(new double[0]);
    assertThat(empty.count()).as("count of []").isZero();
    assertThat(empty.m2()).as("M2 of []").isZero();
  }

  @Test
  @Tag("task:1")
  @DisplayName("large values close together keep their small M2: deviations from the mean, not squares minus the squared mean")
  void summarizeLargeCloseValues() {
    // Readings of a meter at 1e9: deviations -0.1, 0, 0.1 from the mean, M2 = 0.01 + 0 + 0.01.
    // sum(x^2) - n * mean^2, or (x + mean) * (x - mean), subtracts numbers near 1e18 or 2e8 and
    // loses every digit of 0.02 (it even comes out negative).
    Summary s = MergeProfiles.summarize(new double[] {1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3});
    assertThat(s.m2()).as("M2 of [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]: 0.1^2 + 0 + 0.1^2").isCloseTo(0.02, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("merging 1, 2, 3 with 10 gives mean 4, not the unweighted (2 + 10) / 2 = 6")
  void weightedMean() {
    // d = 10 - 2 = 8, n = 4: mean 2 + 8 * 1 / 4 = 4; M2 = 2 + 0 + 8 * 8 * 3 * 1 / 4 = 50
    // (check: 1, 2, 3, 10 deviate from 4 by 3, 2, 1, 6; 9 + 4 + 1 + 36 = 50)
    Summary merged = MergeProfiles.merge(MergeProfiles.summarize(new double[] {1, 2, 3}), MergeProfiles.summarize(new double[] {10}));
    assertThat(merged.count()).as("count of merged [1, 2, 3] + [10]").isEqualTo(4);
    assertThat(merged.mean()).as("mean of merged [1, 2, 3] + [10]; 6.0 means the means were averaged without weights")
        .isCloseTo(4.0, within(1e-12));
    assertThat(merged.m2())
        .as("M2 of merged [1, 2, 3] + [10]; 2.0 means the between-batch term is missing, or 3 * 1 / 4 was divided as longs")
        .isCloseTo(50.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("two days merged equal the profile of both days read at once")
  void mergeEqualsWhole() {
    DescriptiveStatistics whole = bothDays();
    Summary merged = MergeProfiles.merge(MergeProfiles.summarize(DAY_ONE), MergeProfiles.summarize(DAY_TWO));
    assertThat(merged.count()).as("count of 6 + 2 values").isEqualTo(8);
    assertThat(merged.mean()).as("merged mean against Commons Math on all 8 values").isCloseTo(whole.getMean(), within(1e-9));
    assertThat(merged.m2()).as("merged M2 against Commons Math's population variance x 8")
        .isCloseTo(whole.getPopulationVariance() * 8, within(1e-6));
  }

  @Test
  @Tag("task:2")
  @DisplayName("merging with an empty batch changes nothing, on either side")
  void mergeWithEmpty() {
    Summary day = MergeProfiles.summarize(DAY_TWO);
    Summary empty = new Summary(0, 0, 0);
    assertThat(MergeProfiles.merge(empty, day)).as("merge(empty, day two)").isEqualTo(day);
    assertThat(MergeProfiles.merge(day, empty)).as("merge(day two, empty)").isEqualTo(day);
  }

  @Test
  @Tag("task:3")
  @DisplayName("sample and population standard deviation differ: sqrt(32/7) and sqrt(32/8)")
  void sampleVersusPopulation() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, M2 = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32
    Summary s = MergeProfiles.summarize(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertThat(MergeProfiles.sampleStdDev(s)).as("sample std: sqrt(32 / (8 - 1)); 2.0 means you divided by n")
        .isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(MergeProfiles.populationStdDev(s)).as("population std: sqrt(32 / 8); 2.138 means you divided by n - 1")
        .isCloseTo(2.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a constant column has standard deviation 0, sample and population")
  void zeroSpread() {
    Summary s = MergeProfiles.summarize(new double[] {5, 5, 5});
    assertThat(MergeProfiles.sampleStdDev(s)).as("sample std of [5, 5, 5]").isCloseTo(0.0, within(1e-12));
    assertThat(MergeProfiles.populationStdDev(s)).as("population std of [5, 5, 5]").isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the merged sample std equals Commons Math's on the whole")
  void mergedStd() {
    DescriptiveStatistics whole = bothDays();
    Summary merged = new Summary(8, whole.getMean(), whole.getPopulationVariance() * 8);
    assertThat(MergeProfiles.sampleStdDev(merged)).as("sample std of the 8 values (Commons Math getStandardDeviation is n - 1)")
        .isCloseTo(whole.getStandardDeviation(), within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("two values are enough for a sample std, and one value for a population std")
  void fewestValues() {
    // [1, 3]: mean 2, M2 = 1 + 1 = 2; [5]: mean 5, M2 = 0
    assertThat(MergeProfiles.sampleStdDev(new Summary(2, 2, 2)))
        .as("sample std of [1, 3] (count 2, M2 2): sqrt(2 / (2 - 1))")
        .isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(MergeProfiles.populationStdDev(new Summary(1, 5, 0)))
        .as("population std of [5] (count 1, M2 0): sqrt(0 / 1)")
        .isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("one value has no sample std, and no value has no std at all")
  void refusesTooFew() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("sampleStdDev of 1 value: 0 / 0")
        .isThrownBy(() -> MergeProfiles.sampleStdDev(new Summary(1, 5, 0)));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("populationStdDev of no value")
        .isThrownBy(() -> MergeProfiles.populationStdDev(new Summary(0, 0, 0)));
  }
}
