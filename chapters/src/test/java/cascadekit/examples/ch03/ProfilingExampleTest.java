package cascadekit.examples.ch03;

import cascadekit.data.PenguinsRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.Datasets;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Coverage;
import cascadekit.profile.Freshness;
import cascadekit.profile.Profiler;
import cascadekit.profile.Volume;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ProfilingExampleTest {
  private static Table visits;
  private static Table penguins;

  @BeforeAll
  static void load() {
    visits = Datasets.clinicVisits().table();
    penguins = Datasets.penguinsRaw().table();
  }

  @Test
  void should_profile_the_columns_the_text_discusses() {
    // WHEN
    Map<String, ColumnProfile> visit = byName(Profiler.profile(visits));
    Map<String, ColumnProfile> penguin = byName(Profiler.profile(penguins));
    // THEN
    assertThat(visit.get("age").present()).isEqualTo(3000);
    assertThat(visit.get("age").max()).isEqualTo("909");
    assertThat(visit.get("height_cm").min()).isEqualTo("1.49");
    assertThat(visit.get("sex").distinct()).isEqualTo(12);
    assertThat(penguin.get("Individual ID").distinct()).isEqualTo(190);
    assertThat(penguin.get("Individual ID").unique()).isEqualTo(76);
    assertThat(penguin.get("Delta 15 N (o/oo)").present()).isEqualTo(330);
    assertThat(penguin.get("Delta 15 N (o/oo)").uniqueness()).isEqualTo(1.0);
    assertThat(penguin.get("Body Mass (g)").stdDev()).isCloseTo(801.95, within(0.01));
  }

  @Test
  void should_find_the_isotope_gap_on_torgersen_in_200708() {
    // WHEN
    List<Coverage> byIsland = Coverage.bySlice(penguins, PenguinsRaw.DELTA_15_N, PenguinsRaw.ISLAND);
    List<Coverage> bySeason = Coverage.bySlice(penguins, PenguinsRaw.DELTA_15_N, PenguinsRaw.ISLAND, PenguinsRaw.SEASON);
    // THEN
    assertThat(Coverage.overall(penguins, PenguinsRaw.DELTA_15_N).completeness()).isGreaterThan(ProfilingExample.THRESHOLD);
    assertThat(Coverage.below(byIsland, ProfilingExample.THRESHOLD))
        .containsExactly(new Coverage(PenguinsRaw.DELTA_15_N, "Torgersen", 52, 45));
    assertThat(Coverage.below(bySeason, ProfilingExample.THRESHOLD)).first()
        .isEqualTo(new Coverage(PenguinsRaw.DELTA_15_N, "Torgersen / PAL0708", 20, 13));
    for (String feature : Sections.VISIT_FEATURES) {
      assertThat(Coverage.below(Coverage.bySlice(visits, feature, "clinic"), ProfilingExample.THRESHOLD)).isEmpty();
    }
  }

  @Test
  void should_call_malmo_stale_only_in_its_own_zone_and_oslo_stale_for_its_quarantined_visit() {
    // GIVEN
    Instant now = ClinicFreshness.now(visits);
    // WHEN
    Map<String, Freshness> zoned = bySource(ClinicFreshness.perClinic(visits, now, true));
    Map<String, Freshness> utc = bySource(ClinicFreshness.perClinic(visits, now, false));
    // THEN
    assertThat(now).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(zoned.get("Malmö").age()).isEqualTo(Duration.ofHours(49));
    assertThat(zoned.get("Malmö").isStale()).isTrue();
    assertThat(utc.get("Malmö").isStale()).isFalse();
    assertThat(zoned.get("Oslo").age()).isEqualTo(Duration.ofHours(121));
    assertThat(zoned.values()).filteredOn(Freshness::isStale).hasSize(2);
    assertThat(Volume.of(visits.dateColumn("visit_date").asList()).daysBelow(1)).hasSize(15);
  }

  @Test
  void should_measure_what_the_isotope_gap_costs_torgersen() {
    // WHEN
    Map<String, CoverageCascade.Served> body = CoverageCascade.perIsland(penguins, CoverageCascade.BODY);
    Map<String, CoverageCascade.Served> isotopes = CoverageCascade.perIsland(penguins, CoverageCascade.WITH_ISOTOPES);
    // THEN
    assertThat(body.get("Torgersen")).isEqualTo(new CoverageCascade.Served(16, 15, 13));
    assertThat(isotopes.get("Torgersen")).isEqualTo(new CoverageCascade.Served(16, 12, 11));
    assertThat(isotopes.get("Biscoe")).isEqualTo(new CoverageCascade.Served(50, 50, 50));
  }

  @Test
  void should_write_an_offline_report_with_charts() throws Exception {
    // WHEN
    String path = HealthPage.write(Datasets.clinicVisits(), Profiler.profile(visits), penguins, Profiler.profile(penguins));
    // THEN
    assertThat(path).isEqualTo("reports/03-health.html");
    String html = Files.readString(Datasets.root().resolve(path));
    assertThat(html).contains("<svg", "Histogram of age", "Missing values per column", "Torgersen / PAL0708")
        .doesNotContain("<script", " src=", "href=\"http", "@import");
  }

  private static Map<String, ColumnProfile> byName(List<ColumnProfile> profiles) {
    return profiles.stream().collect(java.util.stream.Collectors.toMap(ColumnProfile::name, p -> p));
  }

  private static Map<String, Freshness> bySource(List<Freshness> freshness) {
    return freshness.stream().collect(java.util.stream.Collectors.toMap(Freshness::source, f -> f));
  }
}
