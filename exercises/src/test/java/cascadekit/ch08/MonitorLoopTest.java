package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch08.MonitorLoop.Alert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.monitor-loop: the loop that turns monthly scores into alerts")
class MonitorLoopTest {
  // mean 0, population sd 1: a month's score is the absolute value of its mean
  private static final List<Double> REFERENCE = List.of(-1.0, 1.0, -1.0, 1.0);

  @Test
  @Tag("task:1")
  @DisplayName("a slow drift is flagged once it is far from the reference, though each step is small")
  void slowDrift() {
    // scores 0, 0.2, 0.4, 0.6, 0.8 against the reference; each month is 0.2 from the one before
    Map<String, List<Double>> months = months(0, 0.2, 0.4, 0.6, 0.8);
    assertThat(MonitorLoop.flagged(REFERENCE, months, 0.5))
        .as("flagged(months with means 0, 0.2, 0.4, 0.6, 0.8; threshold 0.5): empty means each month was compared"
            + " with the month before, not the reference")
        .containsExactly("m4", "m5");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a drift that persists stays flagged in every month it lasts")
  void persistentDrift() {
    assertThat(MonitorLoop.flagged(REFERENCE, months(0, 0, 0.9, 0.9, 0.9), 0.5))
        .as("flagged(months with means 0, 0, 0.9, 0.9, 0.9; threshold 0.5): only m3 means months 4 and 5 were"
            + " compared with the month before, not with the reference")
        .containsExactly("m3", "m4", "m5");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a month exactly at the threshold is flagged: 'at least' includes it")
  void atTheThreshold() {
    // Reference mean 0, sd 1; month 2's mean is exactly 0.5, so its score is exactly 0.5.
    assertThat(MonitorLoop.flagged(REFERENCE, months(0, 0.5), 0.5))
        .as("flagged(months with means 0, 0.5; threshold 0.5): a score equal to the threshold counts; compare with >=, not >")
        .containsExactly("m2");
  }

  @Test
  @Tag("task:1")
  @DisplayName("months are scored against the reference's own mean and spread, in both directions")
  void referenceWithItsOwnMeanAndSpread() {
    // Reference mean 4, population sd 2 (the sample sd, 2.31, is not the score's). Month means
    // 4, 5, 3, 2.5, 6 score 0, 0.5, 0.5, 0.75 (below the mean), 1.0.
    List<Double> reference = List.of(2.0, 6.0, 2.0, 6.0);
    assertThat(MonitorLoop.flagged(reference, months(4, 5, 3, 2.5, 6), 0.75))
        .as("flagged(reference [2, 6, 2, 6], months with means 4, 5, 3, 2.5, 6; threshold 0.75)")
        .containsExactly("m4", "m5");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a reference of large values close together keeps its small spread")
  void referenceOfLargeCloseValues() {
    // A meter read at 1e9 litres: reference mean 1e9 + 0.2, population sd sqrt(0.02 / 3) = 0.0816.
    // Month 1's mean is the reference's (score 0), month 2's is 0.2 above it (score 2.449).
    // Averaging x^2 - mean^2, or (x + mean) * (x - mean), cancels near 1e18 or 2e8 and leaves a
    // variance that is wrong, even negative, so no month scores at all.
    List<Double> reference = List.of(1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3);
    Map<String, List<Double>> months = new LinkedHashMap<>();
    months.put("m1", List.of(1e9 + 0.2));
    months.put("m2", List.of(1e9 + 0.4));
    assertThat(MonitorLoop.flagged(reference, months, 2.0))
        .as("flagged(reference [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], months [1e9 + 0.2], [1e9 + 0.4]; threshold 2):"
            + " scores 0 and 0.2 / 0.0816 = 2.449")
        .containsExactly("m2");
  }

  @Test
  @Tag("task:1")
  @DisplayName("an empty reference is refused")
  void emptyReference() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("flagged([], ...) must throw IllegalArgumentException")
        .isThrownBy(() -> MonitorLoop.flagged(List.of(), months(0), 0.5));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a drift that stays is one alert at its first month, and one that comes back alerts again")
  void onsetsOnly() {
    List<Alert> alerts = MonitorLoop.alerts(REFERENCE, months(0, 0.9, 0.8, 0.1, 0.7), 0.5);
    assertThat(alerts).extracting(Alert::month)
        .as("alert months for scores 0, 0.9, 0.8, 0.1, 0.7 at 0.5: m3 continues m2's drift")
        .containsExactly("m2", "m5");
    assertThat(alerts.get(0).score()).as("score of the m2 alert").isCloseTo(0.9, within(1e-9));
    assertThat(alerts.get(1).score()).as("score of the m5 alert").isCloseTo(0.7, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a drift already there in the first month alerts at the first month")
  void driftFromTheFirstMonth() {
    List<Alert> alerts = MonitorLoop.alerts(REFERENCE, months(0.9, 0.8, 0.1, 0.6), 0.5);
    assertThat(alerts).extracting(Alert::month)
        .as("alert months for scores 0.9, 0.8, 0.1, 0.6 at 0.5: no quiet month comes before m1's drift")
        .containsExactly("m1", "m4");
  }

  @Test
  @Tag("task:2")
  @DisplayName("quiet months raise no alert at all")
  void quiet() {
    assertThat(MonitorLoop.alerts(REFERENCE, months(0, 0.1, 0.2, 0.1), 0.5))
        .as("alerts for scores 0, 0.1, 0.2, 0.1 at 0.5").isEmpty();
  }

  /** Returns months m1, m2, ... whose values have the given means (and spread 1). */
  private static Map<String, List<Double>> months(double... means) {
    Map<String, List<Double>> months = new LinkedHashMap<>();
    for (int i = 0; i < means.length; i++) {
      months.put("m" + (i + 1), List.of(means[i] - 1, means[i] + 1));
    }
    return months;
  }
}
