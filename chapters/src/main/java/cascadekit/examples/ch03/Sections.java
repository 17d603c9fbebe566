package cascadekit.examples.ch03;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.data.PenguinsRaw;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Coverage;
import cascadekit.profile.Freshness;
import cascadekit.profile.Profiler;
import cascadekit.profile.Volume;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** The parts of chapter 03's example after the health tables, one method per printed section. */
final class Sections {
  static final List<String> VISIT_FEATURES = List.of("age", "height_cm", "weight_kg", "sex", "diagnosis_code");

  private Sections() {}

  /** Prints what the age column looks like when only the empty string is declared missing. */
  static void undeclaredMarkers() {
    ColumnProfile naive = age(Set.of(""));
    ColumnProfile declared = age(ClinicVisits.schema().missingMarkers());
    System.out.printf(Locale.ROOT, "   raw age column of all %d rows: with only \"\" declared missing it is %.3f complete"
        + " (min %s, %d distinct); with NA and -999 declared, %.3f (min %s, %d distinct)%n", naive.rows(),
        naive.completeness(), naive.min(), naive.distinct(), declared.completeness(), declared.min(), declared.distinct());
  }

  /** Prints each feature's coverage overall and in its worst slice, and the slices under the threshold. */
  static void coverage(Table visits, Table penguins) {
    System.out.println("   clinic-visits, sliced by clinic:");
    VISIT_FEATURES.forEach(f -> slices(visits, f, "clinic"));
    System.out.println("   penguins_raw, sliced by island, then by island and season:");
    for (String feature : List.of(PenguinsRaw.DELTA_15_N, PenguinsRaw.DELTA_13_C, "Sex")) {
      slices(penguins, feature, PenguinsRaw.ISLAND);
      slices(penguins, feature, PenguinsRaw.ISLAND, PenguinsRaw.SEASON);
    }
  }

  private static void slices(Table table, String feature, String... by) {
    List<Coverage> slices = Coverage.bySlice(table, feature, by);
    Coverage worst = slices.stream().min(Comparator.comparingDouble(Coverage::completeness)).orElseThrow();
    List<Coverage> below = Coverage.below(slices, ProfilingExample.THRESHOLD);
    System.out.printf(Locale.ROOT, "      %-17s overall %.3f  worst %s %.3f (%d of %d)  below: %s%n", feature,
        Coverage.overall(table, feature).completeness(), worst.slice(), worst.completeness(), worst.present(),
        worst.rows(), below.isEmpty() ? "none" : below.stream()
            .map(c -> String.format(Locale.ROOT, "%s %.3f", c.slice(), c.completeness())).collect(Collectors.joining(", ")));
  }

  /** Prints each clinic's freshness (in its zone and, wrongly, in UTC) and the volume per day. */
  static void freshnessAndVolume(Table visits, Table clean) {
    Instant now = ClinicFreshness.now(visits);
    System.out.println("   now = the day after the newest visit, " + now + "; SLA: a clinic's newest visit is at most "
        + ClinicFreshness.SLA.toHours() + " h old");
    List<Freshness> zoned = ClinicFreshness.perClinic(visits, now, true);
    List<Freshness> utc = ClinicFreshness.perClinic(visits, now, false);
    for (int i = 0; i < zoned.size(); i++) {
      Freshness f = zoned.get(i);
      ZoneId zone = ClinicFreshness.ZONES.get(f.source());
      System.out.printf("      %-10s newest %s %-17s starts %s: age %3d h %-5s | read as UTC: %3d h %s%n", f.source(),
          LocalDate.ofInstant(f.newest(), zone), zone, f.newest(), f.age().toHours(), f.isStale() ? "STALE" : "ok",
          utc.get(i).age().toHours(), utc.get(i).isStale() ? "STALE" : "ok");
    }
    Volume volume = Volume.of(visits.dateColumn("visit_date").asList());
    List<LocalDate> empty = volume.daysBelow(1);
    System.out.printf(Locale.ROOT, "   volume: %d days from %s to %s, %.2f visits per day; %d days without a visit: %s%n",
        volume.perDay().size(), volume.perDay().firstKey(), volume.perDay().lastKey(), volume.meanPerDay(), empty.size(),
        empty.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
    Map.Entry<YearMonth, Long> lowest = volume.perMonth().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    System.out.printf("   per month: lowest %s with %d visits (the data ends on its first day)%n", lowest.getKey(),
        lowest.getValue());
    Volume cleanVolume = Volume.of(clean.dateColumn("visit_date").asList());
    List<LocalDate> quarantinedOnly = empty.stream().filter(d -> cleanVolume.perDay().get(d) > 0).toList();
    Freshness oslo = ClinicFreshness.perClinic(clean, now, true).stream().filter(f -> f.source().equals("Oslo"))
        .findFirst().orElseThrow();
    System.out.printf("   in visits_clean.csv (nothing quarantined): Oslo's newest visit is %s, age %d h; %d of the %d"
        + " empty days have visits: %s%n", LocalDate.ofInstant(oslo.newest(), ClinicFreshness.ZONES.get("Oslo")),
        oslo.age().toHours(), quarantinedOnly.size(), empty.size(),
        quarantinedOnly.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
  }

  /** Prints, per island, how the body-only model and the model that needs isotopes serve held-out penguins. */
  static void cascade(Table penguins) {
    Map<String, CoverageCascade.Served> body = CoverageCascade.perIsland(penguins, CoverageCascade.BODY);
    Map<String, CoverageCascade.Served> isotopes = CoverageCascade.perIsland(penguins, CoverageCascade.WITH_ISOTOPES);
    System.out.printf("   %-10s %8s   %-24s   %-24s%n", "island", "held out", "body only: served right", "+ isotopes: served right");
    body.forEach((island, b) -> served(island, b, isotopes.get(island)));
    served("all", total(body), total(isotopes));
  }

  private static void served(String island, CoverageCascade.Served body, CoverageCascade.Served isotopes) {
    System.out.printf(Locale.ROOT, "   %-10s %8d   %6d %5d  %.3f          %6d %5d  %.3f%n", island, body.rows(),
        body.served(), body.right(), body.rightShare(), isotopes.served(), isotopes.right(), isotopes.rightShare());
  }

  private static CoverageCascade.Served total(Map<String, CoverageCascade.Served> perIsland) {
    return perIsland.values().stream().reduce(CoverageCascade.Served::plus).orElseThrow();
  }

  private static ColumnProfile age(Set<String> missing) {
    return Profiler.read(Datasets.path(ClinicVisits.FILE), missing).profiles().stream()
        .filter(p -> p.name().equals("age")).findFirst().orElseThrow();
  }
}
