package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class MomentsTest {
  @Test
  void should_merge_two_parts_into_the_moments_of_the_whole() {
    // GIVEN parts of unequal size, so an unweighted mean of means would be wrong
    double[] first = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] second = {100, 200};
    Moments a = moments(first);
    Moments b = moments(second);
    // WHEN
    Moments merged = Moments.merge(a, b);
    // THEN it equals Commons Math's statistics of all ten values
    DescriptiveStatistics whole = new DescriptiveStatistics();
    for (double x : first) {
      whole.addValue(x);
    }
    for (double x : second) {
      whole.addValue(x);
    }
    assertThat(merged.count()).isEqualTo(10);
    assertThat(merged.mean()).isCloseTo(whole.getMean(), within(1e-12)).isNotCloseTo((a.mean() + b.mean()) / 2, within(1.0));
    assertThat(merged.sampleVariance()).isCloseTo(whole.getVariance(), within(1e-9));
    assertThat(merged.populationVariance()).isCloseTo(whole.getPopulationVariance(), within(1e-9));
  }

  @Test
  void should_tell_sample_from_population_variance() {
    // GIVEN 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32
    Moments m = moments(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    // THEN 32 / 8 = 4 and 32 / 7
    assertThat(m.populationVariance()).isCloseTo(4.0, within(1e-12));
    assertThat(m.sampleVariance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(m.sampleStdDev()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
  }

  @Test
  void should_merge_with_an_empty_part_and_report_nan_when_empty() {
    // GIVEN
    Moments empty = new Moments();
    Moments some = moments(new double[] {3, 5});
    // WHEN / THEN
    assertThat(Moments.merge(empty, some).mean()).isEqualTo(4.0);
    assertThat(Moments.merge(some, empty).sampleVariance()).isEqualTo(2.0);
    assertThat(empty.mean()).isNaN();
    assertThat(moments(new double[] {1}).sampleVariance()).isNaN();
  }

  private static Moments moments(double[] values) {
    Moments m = new Moments();
    for (double x : values) {
      m.add(x);
    }
    return m;
  }
}
