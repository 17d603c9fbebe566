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
}
