package cascadekit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bins, freshness, volume and alert onsets on small fixtures. */
class WindowChecksTest {
  @Test
  void should_cut_bins_at_reference_quantiles_open_at_both_ends() {
    // GIVEN 1..10 in five bins: edges at sorted[2] = 3, [4] = 5, [6] = 7, [8] = 9
    QuantileBins bins = QuantileBins.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 5);
    // WHEN / THEN
    assertThat(bins.counts(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).containsExactly(2, 2, 2, 2, 2);
    assertThat(bins.bin(-100)).isZero();
    assertThat(bins.bin(100)).isEqualTo(4);
  }

  @Test
  void should_count_repeated_timestamps_the_longest_gap_and_the_lag() {
    // GIVEN four readings, the last one repeating the third
    LocalDateTime t = LocalDateTime.of(2023, 5, 1, 0, 0);
    Freshness freshness = new Freshness();
    List.of(t, t.plusHours(1), t.plusHours(6), t.plusHours(6)).forEach(freshness::add);
    // WHEN / THEN
    assertThat(freshness.repeated()).isEqualTo(1);
    assertThat(freshness.repeatedShare()).isCloseTo(0.25, within(1e-12));
    assertThat(freshness.longestGap()).isEqualTo(Duration.ofHours(5));
    assertThat(freshness.lag(t.plusDays(1))).isEqualTo(Duration.ofHours(18));
  }

  @Test
  void should_flag_a_volume_drop_and_keep_it_out_of_the_history() {
    // GIVEN counts 1004, 979, 1017: mean 1000, sample sd sqrt((16 + 441 + 289) / 2) = 19.313
    VolumeMonitor volume = VolumeMonitor.startingWith(List.of(1004L, 979L, 1017L), 3);
    // WHEN
    VolumeMonitor.VolumeCheck drop = volume.observe(150);
    VolumeMonitor.VolumeCheck recovery = volume.observe(1000);
    // THEN the band is 1000 +/- 57.94, and the recovery is judged by the same history
    assertThat(drop.anomaly()).isTrue();
    assertThat(drop.low()).isCloseTo(1000 - 3 * Math.sqrt(373), within(1e-9));
    assertThat(recovery.anomaly()).isFalse();
    assertThat(recovery.history()).isEqualTo(3);
    assertThat(VolumeMonitor.rateOfChange(1000, 150)).isCloseTo(-0.85, within(1e-12));
  }

  @Test
  void should_alert_on_the_first_month_of_a_problem_only() {
    // GIVEN a drift open for two months, gone, then back
    AlertLog log = new AlertLog();
    Finding july = new Finding(YearMonth.of(2023, 7), "temperature_c", "mean_shift", "");
    // WHEN / THEN
    assertThat(log.record(List.of(july))).containsExactly(july);
    assertThat(log.record(List.of(new Finding(YearMonth.of(2023, 8), "temperature_c", "mean_shift", "")))).isEmpty();
    assertThat(log.record(List.of())).isEmpty();
    Finding back = new Finding(YearMonth.of(2023, 10), "temperature_c", "mean_shift", "");
    assertThat(log.record(List.of(back))).containsExactly(back);
    assertThat(log.alerts()).containsExactly(july, back);
  }
}
