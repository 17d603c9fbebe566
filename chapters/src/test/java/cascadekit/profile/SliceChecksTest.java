package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SliceChecksTest {
  @Test
  void should_find_a_slice_under_the_threshold_that_the_overall_figure_hides() {
    // GIVEN 10 rows: slice A 8 rows all present, slice B 2 rows, one present: 9/10 overall
    Table table = Table.create("t",
        StringColumn.create("site", "A", "A", "A", "A", "A", "A", "A", "A", "B", "B"),
        DoubleColumn.create("f", 1, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN));
    // WHEN
    List<Coverage> slices = Coverage.bySlice(table, "f", "site");
    // THEN
    assertThat(Coverage.overall(table, "f").completeness()).isCloseTo(0.9, within(1e-12));
    assertThat(slices).containsExactly(new Coverage("f", "A", 8, 8), new Coverage("f", "B", 2, 1));
    assertThat(Coverage.below(slices, 0.8)).containsExactly(new Coverage("f", "B", 2, 1));
    assertThat(Coverage.bySlice(table, "f", "site", "site").get(0).slice()).isEqualTo("A / A");
  }

  @Test
  void should_read_a_local_day_in_its_zone_before_checking_freshness() {
    // GIVEN a day in Stockholm (UTC+1 in winter) and now 2024-01-02T00:00Z, SLA 48 h
    Instant now = Instant.parse("2024-01-02T00:00:00Z");
    LocalDate day = LocalDate.parse("2023-12-31");
    // WHEN
    Freshness zoned = Freshness.of("Malmö", Freshness.startOfDay(day, ZoneId.of("Europe/Stockholm")), now, Duration.ofHours(48));
    Freshness utc = Freshness.of("Malmö", Freshness.startOfDay(day, ZoneOffset.UTC), now, Duration.ofHours(48));
    // THEN the day began at 2023-12-30T23:00Z: 49 h, stale; read as UTC it is 48 h, within the SLA
    assertThat(zoned.age()).isEqualTo(Duration.ofHours(49));
    assertThat(zoned.isStale()).isTrue();
    assertThat(utc.isStale()).isFalse();
    assertThat(Freshness.of("x", now.plusSeconds(1), now, Duration.ZERO).isFromTheFuture()).isTrue();
  }

  @Test
  void should_count_days_without_records_as_zero() {
    // GIVEN records on 1, 1 and 4 January
    LocalDate first = LocalDate.parse("2024-01-01");
    Volume volume = Volume.of(List.of(first, first, first.plusDays(3)));
    // THEN 2 and 3 January exist, with 0
    assertThat(volume.perDay()).hasSize(4);
    assertThat(volume.daysBelow(1)).containsExactly(first.plusDays(1), first.plusDays(2));
    assertThat(volume.meanPerDay()).isCloseTo(3.0 / 4, within(1e-12));
    assertThat(volume.perMonth()).containsEntry(YearMonth.of(2024, 1), 3L);
    assertThat(Volume.of(List.of()).perDay()).isEmpty();
  }
}
