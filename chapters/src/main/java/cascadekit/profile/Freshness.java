package cascadekit.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How old a source's newest record is at a given moment, against a service-level agreement
 * (SLA) such as "a visit is in the data within 48 hours", in the spirit of Deequ's
 * {@code DataFreshness "visit_date" <= 48 hours}. Moments are {@link Instant}s: a local date or
 * time means nothing until its time zone is known, so convert with the source's zone first
 * ({@link #startOfDay}). "Now" is a parameter, never the clock, so a check can be tested.
 *
 * <pre>{@code
 * Instant newest = Freshness.startOfDay(LocalDate.parse("2023-12-31"), ZoneId.of("Europe/Stockholm"));
 * Freshness.of("Malmö", newest, Instant.parse("2024-01-02T00:00:00Z"), Duration.ofHours(48)).isStale();  // true: 49 h
 * }</pre>
 *
 * @param source what the records come from, e.g. a clinic
 * @param newest the moment of the newest record
 * @param now the moment the check runs
 * @param sla the largest age allowed
 */
public record Freshness(String source, Instant newest, Instant now, Duration sla) {
  /** Returns the freshness of {@code source} at {@code now}. */
  public static Freshness of(String source, Instant newest, Instant now, Duration sla) {
    return new Freshness(source, newest, now, sla);
  }

  /** Returns the moment {@code day} begins where the records were made: the oldest its records can be. */
  public static Instant startOfDay(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** Returns how long ago the newest record was made. */
  public Duration age() {
    return Duration.between(newest, now);
  }

  /** Returns whether the newest record is older than the SLA allows. */
  public boolean isStale() {
    return age().compareTo(sla) > 0;
  }

  /** Returns whether the newest record claims to come from after "now": a clock or zone defect. */
  public boolean isFromTheFuture() {
    return newest.isAfter(now);
  }
}
