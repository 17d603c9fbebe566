package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class NumberCountsTest {
  @Test
  void should_give_the_quartiles_and_histogram_of_every_number_written_out() {
    // GIVEN 1,001 numbers with many ties, counted by distinct value in first-seen order
    Random random = new Random(7);
    double[] written = new double[1001];
    Arrays.setAll(written, i -> Math.round(random.nextGaussian() * 40) / 4.0);
    double[] distinct = Arrays.stream(written).distinct().toArray();
    long[] counts =
        Arrays.stream(distinct).mapToLong(v -> Arrays.stream(written).filter(w -> w == v).count()).toArray();
    // WHEN
    NumberCounts numbers = NumberCounts.of(distinct, counts);
    // THEN the same bits as Commons Math's R_7 and the histogram of the written-out numbers
    Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    assertThat(numbers.quantiles())
        .isEqualTo(new Quantiles(r7.evaluate(written, 25), r7.evaluate(written, 50), r7.evaluate(written, 75)));
    assertThat(numbers.histogram(10).counts()).containsExactly(Histogram.of(written, 10).counts());
  }

  @Test
  void should_give_a_single_number_as_every_quartile() {
    // GIVEN one number, three times
    NumberCounts numbers = NumberCounts.of(new double[] {2.5}, new long[] {3});
    // WHEN
    Quantiles quantiles = numbers.quantiles();
    // THEN
    assertThat(quantiles).isEqualTo(new Quantiles(2.5, 2.5, 2.5));
    assertThat(numbers.histogram(10).counts()).containsExactly(3);
  }

  @Test
  void should_bin_between_tukeys_fences_and_count_the_outliers_beyond() {
    // GIVEN ages 20..59, once each, and three impossible ones: Q1 30.5, Q3 51.5 (R_7 of 43 values), fences -1 and 83
    double[] ages = new double[43];
    Arrays.setAll(ages, i -> i < 40 ? 20 + i : 900 + i);
    long[] once = new long[43];
    Arrays.fill(once, 1);
    // WHEN
    Histogram h = NumberCounts.of(ages, once).fencedHistogram(10);
    // THEN
    assertThat(h.above()).as("rows above Q3 + 1.5 IQR").isEqualTo(3);
    assertThat(h.below()).as("rows below Q1 - 1.5 IQR").isZero();
    assertThat(h.min()).as("first edge").isEqualTo(20);
    assertThat(h.max()).as("last edge").isEqualTo(59);
    assertThat(Arrays.stream(h.counts()).sum() + h.above()).as("nothing lost").isEqualTo(43);
  }

  @Test
  void should_bin_min_to_max_when_the_quartiles_do_not_spread() {
    // GIVEN 0 eight times and 1 twice: Q1 = Q3 = 0, so every 1 would lie beyond the fences
    NumberCounts flags = NumberCounts.of(new double[] {0, 1}, new long[] {8, 2});
    // WHEN
    Histogram h = flags.fencedHistogram(2);
    // THEN
    assertThat(h.counts()).as("counts").containsExactly(8, 2);
    assertThat(h.above()).as("above").isZero();
  }
}
