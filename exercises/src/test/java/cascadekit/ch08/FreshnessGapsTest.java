package cascadekit.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cascadekit.ch08.FreshnessGaps.Gap;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("08.freshness-gaps: gaps, stuck clocks and stale batches")
class FreshnessGapsTest {
  private static final LocalDateTime DAY_1 = LocalDateTime.of(2024, 3, 1, 0, 0);

  @Test
  @Tag("task:1")
  @DisplayName("a gap longer than the limit between two consecutive readings is reported with both ends")
  void oneGap() {
    List<LocalDateTime> times = hours(0, 1, 5, 6);
    assertThat(FreshnessGaps.gaps(times, Duration.ofHours(2)))
        .as("gaps([00:00, 01:00, 05:00, 06:00], 2 h): only 01:00 -> 05:00 is longer than 2 h")
        .containsExactly(new Gap(at(1), at(5)));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a gap of exactly the limit is not reported, and every longer one is, in order")
  void severalGapsAndTheLimit() {
    List<LocalDateTime> times = hours(0, 2, 5, 6, 10);
    assertThat(FreshnessGaps.gaps(times, Duration.ofHours(2)))
        .as("gaps([0, 2, 5, 6, 10 h], 2 h): 0 -> 2 is exactly 2 h (not longer); 2 -> 5 and 6 -> 10 are")
        .containsExactly(new Gap(at(2), at(5)), new Gap(at(6), at(10)));
  }

  @Test
  @Tag("task:2")
  @DisplayName("timestamps equal to or earlier than the one before count as repeated")
  void repeated() {
    // 01:00 twice more (stuck clock) and 00:30 (replayed): 3 that do not advance
    List<LocalDateTime> times = List.of(at(0), at(1), at(1), at(1), DAY_1.plusMinutes(30));
    assertThat(FreshnessGaps.repeated(times))
        .as("repeated([00:00, 01:00, 01:00, 01:00, 00:30]): equal and earlier both count").isEqualTo(3);
    assertThat(FreshnessGaps.repeated(hours(0, 1, 2))).as("repeated of three advancing timestamps").isZero();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a batch whose newest reading is older than the allowed lag is stale")
  void staleByLag() {
    assertThat(FreshnessGaps.isStale(hours(0, 1), DAY_1.plusDays(3), Duration.ofDays(2), 0.01))
        .as("isStale: newest 01:00 on day 1, closed on day 4 00:00 (71 h), allowed 48 h").isTrue();
    assertThat(FreshnessGaps.isStale(hours(0, 1, 60), DAY_1.plusDays(3), Duration.ofDays(2), 0.01))
        .as("isStale: newest at 60 h, closed at 72 h (12 h), allowed 48 h").isFalse();
  }

  @Test
  @Tag("task:3")
  @DisplayName("the newest reading counts, not the last one in the file")
  void newestNotLast() {
    // the last row replays 00:00, but 70 h was logged: lag 2 h, and 1 of 3 repeat (over 50%? no)
    List<LocalDateTime> times = new ArrayList<>(hours(0, 70, 0));
    assertThat(FreshnessGaps.isStale(times, DAY_1.plusDays(3), Duration.ofDays(2), 0.5))
        .as("isStale([0, 70, 0 h], closed at 72 h, 48 h, 0.5): the newest is 70 h, 1 of 3 repeat").isFalse();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a batch with too many repeated timestamps is stale even when its newest reading is recent")
  void staleByRepeats() {
    List<LocalDateTime> times = hours(0, 70, 71, 71, 71);
    assertThat(FreshnessGaps.isStale(times, DAY_1.plusDays(3), Duration.ofDays(2), 0.01))
        .as("isStale: 2 of 5 timestamps repeat (40%% > 1%%), lag only 1 h").isTrue();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a batch exactly at a limit is not stale: only more than the lag or the share is")
  void exactlyAtTheLimits() {
    // newest 48 h, closed at 96 h: a lag of exactly 48 h; 1 of 4 repeats: a share of exactly 0.25
    List<LocalDateTime> times = hours(24, 24, 40, 48);
    assertThat(FreshnessGaps.isStale(times, DAY_1.plusDays(4), Duration.ofHours(48), 0.5))
        .as("isStale([24, 24, 40, 48 h], closed at 96 h, 48 h, 0.5): a lag of exactly 48 h is not more than 48 h")
        .isFalse();
    assertThat(FreshnessGaps.isStale(times, DAY_1.plusDays(3), Duration.ofHours(48), 0.25))
        .as("isStale([24, 24, 40, 48 h], closed at 72 h, 48 h, 0.25): 1 of 4 repeated is exactly 0.25, not more")
        .isFalse();
  }

  @Test
  @Tag("task:3")
  @DisplayName("an empty batch is refused")
  void empty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("isStale([]) must throw IllegalArgumentException")
        .isThrownBy(() -> FreshnessGaps.isStale(List.of(), DAY_1, Duration.ofDays(2), 0.01));
  }

  private static LocalDateTime at(int hour) {
    return DAY_1.plusHours(hour);
  }

  private static List<LocalDateTime> hours(int... hours) {
    List<LocalDateTime> times = new ArrayList<>();
    for (int h : hours) {
      times.add(at(h));
    }
    return times;
  }
}
