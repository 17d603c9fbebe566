package cascadekit.examples.ch03;

import cascadekit.data.Datasets;
import cascadekit.data.PenguinsRaw;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Coverage;
import cascadekit.profile.Freshness;
import cascadekit.profile.Volume;
import cascadekit.load.Loaded;
import cascadekit.report.HtmlReport;
import cascadekit.report.ProfileReport;
import cascadekit.report.ReportFolder;
import cascadekit.report.SvgChart;
import cascadekit.report.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/** Writes chapter 03's offline HTML health report: the verdict first, then profiles, coverage, freshness, volume, cascade. */
final class HealthPage {
  static final String FILE = "03-health.html";
  private static final String VISITS = "clinic-visits/visits.csv";
  private static final String PENGUINS = "penguins/penguins_raw.csv";

  private HealthPage() {}

  /** Writes the report and returns its path relative to the kit's root. */
  static String write(Loaded loaded, List<ColumnProfile> visitProfiles, Table penguins, List<ColumnProfile> penguinProfiles) {
    double threshold = ProfilingExample.THRESHOLD;
    Table visits = loaded.table();
    HtmlReport report = HtmlReport.titled("Chapter 03: data health");
    List<Coverage> slices = slices(visits, penguins);
    List<Verdict.Item> items = new ArrayList<>(HealthVerdict.of(loaded, visitProfiles, HtmlReport.anchor(VISITS)));
    items.addAll(HealthVerdict.penguins(penguinProfiles, slices, HtmlReport.anchor(PENGUINS)));
    Verdict.add(report, items);
    unflagged(report, Unflagged.of(Datasets.clinicVisitsManifest().table(), loaded, HealthVerdict.rules(visits)));
    ProfileReport.addDataset(report, VISITS, visitProfiles, threshold);
    ProfileReport.addDataset(report, PENGUINS, penguinProfiles, threshold);
    report.heading("Coverage per slice");
    report.paragraph("A feature can pass the threshold overall and fail it in one slice; the slices under "
        + threshold + " are marked.");
    ProfileReport.addCoverage(report, slices, threshold);
    freshness(report, visits);
    volume(report, visits);
    cascade(report, penguins);
    QuarantineSection.add(report, loaded.result().quarantined());
    Path file = report.writeTo(ReportFolder.path().resolve(FILE));
    return ReportFolder.display(file);
  }

  /** Returns the coverage the report shows: the penguins' isotope and sex per island and season, the visits per clinic. */
  private static List<Coverage> slices(Table visits, Table penguins) {
    List<Coverage> slices = new ArrayList<>();
    for (String feature : List.of(PenguinsRaw.DELTA_15_N, "Sex")) {
      slices.addAll(Coverage.bySlice(penguins, feature, PenguinsRaw.ISLAND, PenguinsRaw.SEASON));
    }
    Sections.VISIT_FEATURES.forEach(feature -> slices.addAll(Coverage.bySlice(visits, feature, "clinic")));
    return slices;
  }

  /** Adds the paragraph under the verdict: the manifest's defects it does not flag, so no reader takes silence for health. */
  private static void unflagged(HtmlReport report, Unflagged unflagged) {
    String missing = unflagged.missing().isEmpty() ? "" : "Not flagged above, of the defects clinic-visits' manifest lists: "
        + String.join("; ", unflagged.missing()) + ": each column stays over " + ProfilingExample.THRESHOLD
        + " complete, so only its completeness shows them. ";
    String unseen = unflagged.unseen().isEmpty() ? "" : "Not detectable by profiling: " + String.join("; ", unflagged.unseen())
        + ": the loader already read these as the true values, and a duplicate under a new id profiles like any other row"
        + " (chapter 04 finds them by content).";
    if (!missing.isEmpty() || !unseen.isEmpty()) {
      report.paragraph((missing + unseen).strip());
    }
  }

  private static void freshness(HtmlReport report, Table visits) {
    report.heading("Freshness per clinic");
    List<Freshness> zoned = ClinicFreshness.perClinic(visits, ClinicFreshness.now(visits), true);
    report.paragraph("Now is " + ClinicFreshness.now(visits) + "; SLA " + ClinicFreshness.SLA.toHours()
        + " h. Each visit date is read in its clinic's time zone.");
    List<List<String>> rows = new ArrayList<>();
    for (Freshness f : zoned) {
      String zone = ClinicFreshness.ZONES.get(f.source()).toString();
      rows.add(List.of(f.source(), zone, LocalDate.ofInstant(f.newest(), ClinicFreshness.ZONES.get(f.source())).toString(),
          f.newest().toString(), (f.isStale() ? "!" : "") + f.age().toHours() + " h"));
    }
    report.table(List.of("clinic", "time zone", "newest visit", "that day starts", "age"), rows);
  }

  private static void volume(HtmlReport report, Table visits) {
    report.heading("Volume");
    Volume volume = Volume.of(visits.dateColumn("visit_date").asList());
    report.paragraph(String.format(Locale.ROOT, "%.2f visits per day over %d days; %d days without a visit.",
        volume.meanPerDay(), volume.perDay().size(), volume.daysBelow(1).size()));
    List<String> labels = volume.perMonth().keySet().stream().map(YearMonth::toString).toList();
    List<Double> counts = volume.perMonth().values().stream().map(Long::doubleValue).toList();
    report.chart(SvgChart.of("Visits per month (the last month holds one day)", "month", "visits")
        .lines(labels, Map.of("visits per month", counts)));
  }

  private static void cascade(HtmlReport report, Table penguins) {
    report.heading("Cascade cost: a model that needs the isotope ratios");
    Map<String, CoverageCascade.Served> body = CoverageCascade.perIsland(penguins, CoverageCascade.BODY);
    Map<String, CoverageCascade.Served> isotopes = CoverageCascade.perIsland(penguins, CoverageCascade.WITH_ISOTOPES);
    List<List<String>> rows = new ArrayList<>();
    body.forEach((island, b) -> rows.add(List.of(island, Integer.toString(b.rows()),
        String.format(Locale.ROOT, "%.3f", b.rightShare()),
        String.format(Locale.ROOT, "%.3f", isotopes.get(island).rightShare()))));
    report.table(List.of("island", "held out", "right, body only", "right, + isotopes"), rows);
  }
}
