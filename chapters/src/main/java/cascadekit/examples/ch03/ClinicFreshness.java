package cascadekit.examples.ch03;

import cascadekit.profile.Freshness;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Freshness of each clinic's visits. A visit date is a day in the clinic's own time zone, so the
 * newest visit becomes an instant only with that zone; reading it as UTC is the slip this class
 * lets the example show.
 */
final class ClinicFreshness {
  /** Each clinic's time zone. */
  static final Map<String, ZoneId> ZONES = Map.of(
      "Zürich", ZoneId.of("Europe/Zurich"),
      "São Paulo", ZoneId.of("America/Sao_Paulo"),
      "Kraków", ZoneId.of("Europe/Warsaw"),
      "Ñuñoa", ZoneId.of("America/Santiago"),
      "Malmö", ZoneId.of("Europe/Stockholm"),
      "Oslo", ZoneId.of("Europe/Oslo"));
  /** The service level: a clinic's newest visit is at most 48 hours old. */
  static final Duration SLA = Duration.ofHours(48);

  private ClinicFreshness() {}

  /** Returns the fixed "now" of the example: the day after the newest visit, at 00:00 UTC. */
  static Instant now(Table visits) {
    return visits.dateColumn("visit_date").max().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Returns each clinic's freshness at {@code now}, its dates read in its own zone, or in UTC. */
  static List<Freshness> perClinic(Table visits, Instant now, boolean inClinicZone) {
    Map<String, LocalDate> newest = new TreeMap<>();
    for (int row = 0; row < visits.rowCount(); row++) {
      newest.merge(visits.stringColumn("clinic").get(row), visits.dateColumn("visit_date").get(row),
          (a, b) -> a.isAfter(b) ? a : b);
    }
    List<Freshness> freshness = new ArrayList<>();
    newest.forEach((clinic, day) -> freshness.add(Freshness.of(clinic,
        Freshness.startOfDay(day, inClinicZone ? ZONES.get(clinic) : ZoneOffset.UTC), now, SLA)));
    return freshness;
  }
}
