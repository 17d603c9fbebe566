package cascadekit.ch03;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Exercise 03.freshness: is the newest data young enough, and in which time zone?
 *
 * <p>A freshness check compares the newest record's moment with "now" against an SLA, such as
 * Deequ's {@code DataFreshness "Order_Date" <= 24 hours}. "Now" is a parameter, never the clock,
 * so the check can be tested. The trap is the time zone: {@code 2024-01-01T23:30:00+01:00} is
 * 22:30 UTC, and a local date such as 31 December began an hour earlier in Stockholm than in
 * London. Drop the offset, or read a local date as UTC, and the age is off by hours: a stale
 * source passes, or a fresh one raises an alarm.
 *
 * <p>Task 1. Return the age at {@code now} of an ISO-8601 timestamp with an offset. Refuse a
 * timestamp without an offset, whose moment is unknown, with an {@code IllegalArgumentException}.
 * <pre>{@code
 * age("2024-01-01T23:30:00+01:00", Instant.parse("2024-01-02T00:00:00Z"))   // => PT1H30M
 * }</pre>
 *
 * <p>Task 2. Return whether the timestamp is older than the SLA allows; exactly at the SLA is
 * still fresh. Refuse a timestamp after {@code now} (a clock or zone defect) with an
 * {@code IllegalArgumentException}.
 * <pre>{@code
 * isStale("2024-01-01T00:00:00Z", Instant.parse("2024-01-02T00:00:00Z"), Duration.ofHours(24))   // => false
 * }</pre>
 *
 * <p>Task 3. Each source reports only the local date of its newest record; that day began at
 * midnight in the source's own zone. Return the sources whose newest day began longer than the
 * SLA before {@code now}, sorted by name; a day that began exactly the SLA before is still fresh.
 * Refuse a source without a zone with an {@code IllegalArgumentException} naming it.
 * <pre>{@code
 * staleSources(Map.of("Malmö", LocalDate.parse("2023-12-31")), Map.of("Malmö", ZoneId.of("Europe/Stockholm")),
 *     Instant.parse("2024-01-02T00:00:00Z"), Duration.ofHours(48))   // => [Malmö]: 49 hours
 * }</pre>
 */
public final class Freshness {
  private Freshness() {}

  /** Returns how long before {@code now} the moment {@code timestamp} (with an offset) was. */
  public static Duration age(String timestamp, Instant now) {
    // TODO: task 1: parse with its offset into an Instant, then take the Duration between.
    throw new UnsupportedOperationException(
        "03.freshness: Freshness.age is not written yet; do task 1, then ./kit check 03.freshness");
  }

  /** Returns whether {@code timestamp} is older than {@code sla} at {@code now}. */
  public static boolean isStale(String timestamp, Instant now, Duration sla) {
    // TODO: task 2: compare the age of task 1 with the SLA; refuse a negative age.
    throw new UnsupportedOperationException(
        "03.freshness: Freshness.isStale is not written yet; do task 2, then ./kit check 03.freshness");
  }

  /** Returns the sources whose newest day began more than {@code sla} before {@code now}, sorted by name. */
  public static List<String> staleSources(Map<String, LocalDate> newestDay, Map<String, ZoneId> zones, Instant now, Duration sla) {
    // TODO: task 3: day.atStartOfDay(zone).toInstant() for each source, then compare as in task 2.
    throw new UnsupportedOperationException(
        "03.freshness: Freshness.staleSources is not written yet; do task 3, then ./kit check 03.freshness");
  }
}
