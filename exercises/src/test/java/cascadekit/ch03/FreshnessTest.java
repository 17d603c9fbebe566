package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.freshness: freshness against an SLA, across time zones")
class FreshnessTest {
  private static final Instant NOW = Instant.parse("2024-01-02T00:00:00Z");
  private static final LocalDate NEW_YEARS_EVE = LocalDate.parse("2023-12-31");

  @Test
  @Tag("task:1")
  @DisplayName("a timestamp at +01:00 is an hour older than its clock time says")
  void offsetCounts() {
    // 23:30 at +01:00 is 22:30 UTC; now is 00:00 UTC: 1 h 30 min. Dropping the offset gives 30 min.
    assertThat(Freshness.age("2024-01-01T23:30:00+01:00", NOW))
        .as("age(2024-01-01T23:30:00+01:00) at %s; PT30M means the offset was dropped", NOW)
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a timestamp west of UTC, and one in UTC, are aged by their instant")
  void westAndUtc() {
    // 21:00 at -03:00 is 00:00 UTC the next day: age 0. 2024-01-01T12:00Z: 12 h.
    assertThat(Freshness.age("2024-01-01T21:00:00-03:00", NOW))
        .as("age(2024-01-01T21:00:00-03:00) at %s: the same instant", NOW).isEqualTo(Duration.ZERO);
    assertThat(Freshness.age("2024-01-01T12:00:00Z", NOW))
        .as("age(2024-01-01T12:00:00Z) at %s", NOW).isEqualTo(Duration.ofHours(12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a timestamp without an offset is refused: its moment is unknown")
  void noOffsetRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("age(2024-01-01T23:30:00): no offset; do not assume UTC or the machine's zone")
        .isThrownBy(() -> Freshness.age("2024-01-01T23:30:00", NOW));
  }

  @Test
  @Tag("task:2")
  @DisplayName("older than the SLA is stale; exactly at the SLA is fresh")
  void slaBoundary() {
    assertThat(Freshness.isStale("2024-01-01T00:00:00Z", NOW, Duration.ofHours(24)))
        .as("24 h old against a 24 h SLA: at the limit, still fresh").isFalse();
    assertThat(Freshness.isStale("2023-12-31T23:59:59Z", NOW, Duration.ofHours(24)))
        .as("24 h 1 s old against a 24 h SLA").isTrue();
  }

  @Test
  @Tag("task:2")
  @DisplayName("the offset decides: 23:30+01:00 is stale against a 1 h SLA, as 23:30 UTC would not be")
  void offsetDecidesStaleness() {
    assertThat(Freshness.isStale("2024-01-01T23:30:00+01:00", NOW, Duration.ofHours(1)))
        .as("1 h 30 min old against a 1 h SLA; false means the +01:00 was ignored").isTrue();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a timestamp after now is refused, not called fresh")
  void futureRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("isStale of a timestamp 30 min after now")
        .isThrownBy(() -> Freshness.isStale("2024-01-02T00:30:00+00:00", NOW, Duration.ofHours(1)));
  }

  @Test
  @Tag("task:3")
  @DisplayName("31 December began at 23:00 UTC in Stockholm: 49 hours, stale against 48")
  void stockholmIsStale() {
    // Europe/Stockholm is UTC+1 in winter: the day began 2023-12-30T23:00Z, 49 h before now.
    // Read as UTC it began 2023-12-31T00:00Z, 48 h: the slip makes a stale clinic look fresh.
    assertThat(Freshness.staleSources(Map.of("Malmö", NEW_YEARS_EVE), Map.of("Malmö", ZoneId.of("Europe/Stockholm")),
        NOW, Duration.ofHours(48)))
        .as("staleSources: Malmö's newest day, 31 Dec in Europe/Stockholm, SLA 48 h; [] means the date was read as UTC")
        .containsExactly("Malmö");
  }

  @Test
  @Tag("task:3")
  @DisplayName("31 December began at 03:00 UTC in São Paulo: 45 hours, fresh against 46")
  void saoPauloIsFresh() {
    // America/Sao_Paulo is UTC-3: the day began 2023-12-31T03:00Z, 45 h before now. Read as UTC: 48 h, a false alarm.
    assertThat(Freshness.staleSources(Map.of("São Paulo", NEW_YEARS_EVE),
        Map.of("São Paulo", ZoneId.of("America/Sao_Paulo")), NOW, Duration.ofHours(46)))
        .as("staleSources: São Paulo's newest day, 31 Dec in America/Sao_Paulo, SLA 46 h; [São Paulo] means UTC was used")
        .isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("31 December began at 00:00 UTC in London: exactly 48 hours, still fresh against 48")
  void londonAtTheSla() {
    assertThat(Freshness.staleSources(Map.of("London", NEW_YEARS_EVE), Map.of("London", ZoneId.of("Europe/London")),
        NOW, Duration.ofHours(48)))
        .as("staleSources: London's newest day began 48 h before now, SLA 48 h; at the limit is fresh")
        .isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("stale sources come sorted by name, and a source without a zone is refused by name")
  void sortedAndZoneRequired() {
    Map<String, LocalDate> newest = Map.of("Oslo", LocalDate.parse("2023-12-28"), "Kraków", LocalDate.parse("2023-12-29"),
        "Zürich", LocalDate.parse("2024-01-01"));
    Map<String, ZoneId> zones = Map.of("Oslo", ZoneId.of("Europe/Oslo"), "Kraków", ZoneId.of("Europe/Warsaw"),
        "Zürich", ZoneId.of("Europe/Zurich"));
    assertThat(Freshness.staleSources(newest, zones, NOW, Duration.ofHours(48)))
        .as("staleSources: Oslo 97 h and Kraków 73 h are stale, Zürich 25 h is not").containsExactly("Kraków", "Oslo");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("staleSources where Kraków alone has no zone: refuse, naming it")
        .isThrownBy(() -> Freshness.staleSources(newest,
            Map.of("Oslo", ZoneId.of("Europe/Oslo"), "Zürich", ZoneId.of("Europe/Zurich")), NOW, Duration.ofHours(48)))
        .withMessageContaining("Kraków");
  }
}
