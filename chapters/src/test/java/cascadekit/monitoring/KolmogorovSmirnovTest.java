package cascadekit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KolmogorovSmirnovTest {
  private final org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest commons =
      new org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest();

  @Test
  void should_count_the_statistic_in_one_pass_as_commons_math_computes_it_with_ties() {
    // GIVEN seeded samples rounded to one decimal, so both sides share values, and a shift
    Random random = new Random(8);
    double[] reference = sample(random, 3000, 0);
    double[] current = sample(random, 1000, 0.2);
    // WHEN
    KolmogorovSmirnov.Window window = KolmogorovSmirnov.against(reference).window();
    for (double v : current) {
      window.add(v);
    }
    // THEN
    assertThat(window.statistic()).isCloseTo(commons.kolmogorovSmirnovStatistic(reference, current), within(1e-12));
    assertThat(window.pValue()).isCloseTo(commons.approximateP(window.statistic(), 3000, 1000), within(1e-12));
  }

  @Test
  void should_find_the_gap_at_either_end_of_a_current_sample_outside_the_reference() {
    // GIVEN a reference 1..4 and a current sample wholly above and below it
    double[] reference = {1, 2, 3, 4};
    for (double[] current : new double[][] {{9, 10}, {-2, -1}, {2.5, 2.5, 5}}) {
      // WHEN
      KolmogorovSmirnov.Window window = KolmogorovSmirnov.against(reference).window();
      for (double v : current) {
        window.add(v);
      }
      // THEN
      assertThat(window.statistic()).isCloseTo(commons.kolmogorovSmirnovStatistic(reference, current), within(1e-12));
    }
  }

  @Test
  void should_give_the_limiting_p_value() {
    // GIVEN lambda = 0.05 * sqrt(3000 * 1000 / 4000) = 1.369 WHEN / THEN
    assertThat(KolmogorovSmirnov.pValue(0.05, 3000, 1000)).isCloseTo(commons.approximateP(0.05, 3000, 1000), within(1e-12));
    assertThat(KolmogorovSmirnov.pValue(0, 3000, 1000)).isEqualTo(1.0);
  }

  private static double[] sample(Random random, int n, double shift) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.round((random.nextGaussian() + shift) * 10) / 10.0;
    }
    return values;
  }
}
