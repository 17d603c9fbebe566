package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void should_put_the_maximum_in_the_last_bin() {
    // GIVEN 0..10 in 5 bins of width 2: [0,2) [2,4) [4,6) [6,8) [8,10]
    double[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // WHEN
    Histogram h = Histogram.of(values, 5);
    // THEN the last bin holds 8, 9 and 10
    assertThat(h.counts()).containsExactly(2, 2, 2, 2, 3);
    assertThat(h.edges()).containsExactly(0, 2, 4, 6, 8, 10);
    assertThat(h.labels()).containsExactly("0", "2", "4", "6", "8");
  }

  @Test
  void should_give_a_constant_column_one_bin_and_an_empty_one_none() {
    // WHEN / THEN
    assertThat(Histogram.of(new double[] {7, 7, 7}, 10).counts()).containsExactly(3);
    assertThat(Histogram.of(new double[0], 10).counts()).isEmpty();
    assertThatThrownBy(() -> Histogram.of(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_label_bins_without_trailing_zeros_but_keep_whole_thousands() {
    // GIVEN edges 1000, 1500, 2000
    Histogram h = Histogram.of(new double[] {1000, 2000}, 2);
    // THEN
    assertThat(h.labels()).containsExactly("1000", "1500");
  }

  @Test
  void should_count_the_values_outside_a_narrower_range_instead_of_dropping_them() {
    // GIVEN 1, 2, 3, 4 twice each and two wild values, binned from 0 to 5
    double[] values = {-50, 1, 2, 3, 4, 909};
    long[] times = {1, 2, 2, 2, 2, 1};
    // WHEN
    Histogram h = Histogram.within(values, times, 3, 0, 5);
    // THEN the bins span the values inside, 1 to 4, and the two outside are counted
    assertThat(h.below()).as("below 0").isEqualTo(1);
    assertThat(h.above()).as("above 5").isEqualTo(1);
    assertThat(h.edges()).as("edges").containsExactly(1, 2, 3, 4);
    assertThat(h.counts()).as("counts").containsExactly(2, 2, 4);
    assertThatThrownBy(() -> Histogram.within(values, times, 3, 5, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need low < high, got 5.0 and 5.0");
  }
}
