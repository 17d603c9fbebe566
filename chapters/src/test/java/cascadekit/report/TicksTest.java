package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicksTest {
  @Test
  void should_step_by_one_two_or_five_times_a_power_of_ten() {
    assertThat(Ticks.covering(0, 0.814).labels()).as("accuracy from 0").containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1.0");
    assertThat(Ticks.covering(0, 1137).labels()).as("weights").containsExactly("0", "500", "1000", "1500");
    assertThat(Ticks.covering(0.7, 0.82).labels()).as("accuracy from the data").containsExactly("0.70", "0.75", "0.80", "0.85");
    assertThat(Ticks.covering(0, 0.3).labels()).as("exact decimals").containsExactly("0", "0.1", "0.2", "0.3");
  }

  @Test
  void should_add_a_step_rather_than_show_three_ticks() {
    // WHEN: a step of 2 needs 7 ticks (4..16), a step of 5 only 3 (5, 10, 15)
    Ticks ticks = Ticks.covering(5.1, 14.9);
    // THEN
    assertThat(ticks.labels()).containsExactly("0", "5", "10", "15");
  }

  @Test
  void should_write_tiny_steps_in_scientific_notation() {
    assertThat(Ticks.covering(0, 7e-7).labels()).containsExactly("0", "2.0e-07", "4.0e-07", "6.0e-07", "8.0e-07");
  }

  @Test
  void should_give_a_constant_a_span_around_it_and_zeros_a_unit_span() {
    assertThat(Ticks.covering(0, 0).labels()).as("all zeros").containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1.0");
    assertThat(Ticks.covering(3, 3).labels()).as("constant 3").containsExactly("2.6", "2.8", "3.0", "3.2", "3.4");
    assertThatThrownBy(() -> Ticks.covering(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
