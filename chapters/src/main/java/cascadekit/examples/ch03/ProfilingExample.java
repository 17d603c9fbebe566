package cascadekit.examples.ch03;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.data.PenguinsRaw;
import cascadekit.load.Loaded;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chapter 03's example: profile {@code clinic-visits} and the raw Palmer penguins, find the
 * slices where a feature's coverage is poor, check freshness and volume, write an offline HTML
 * health report, and measure what poor coverage costs a model. Run it with {@code ./kit run 03}.
 */
public final class ProfilingExample {
  /** The completeness a feature must reach, overall and in every slice. */
  static final double THRESHOLD = 0.95;

  private ProfilingExample() {}

  /** Runs the example and prints what it found. */
  public static void main(String[] args) {
    System.out.println("Chapter 03: profiling");
    System.out.println();
    Loaded visits = Datasets.clinicVisits();
    List<ColumnProfile> visitProfiles = Profiler.profile(visits.table());
    System.out.println("1. datasets/" + ClinicVisits.FILE + ": " + visits.table().rowCount()
        + " rows kept by chapter 02's loader, missing markers "
        + ClinicVisits.schema().missingMarkers().stream().sorted().map(m -> "\"" + m + "\"").collect(Collectors.joining(", ")));
    HealthTable.health(visitProfiles, 14);
    HealthTable.numbers(visitProfiles, 14);
    Sections.undeclaredMarkers();
    System.out.println();
    Loaded penguins = Datasets.penguinsRaw();
    List<ColumnProfile> penguinProfiles = Profiler.profile(penguins.table());
    System.out.println("2. datasets/" + PenguinsRaw.FILE + ": " + penguins.result().reconciliation());
    HealthTable.health(penguinProfiles, 19);
    HealthTable.numbers(penguinProfiles, 19);
    System.out.println();
    System.out.println("3. Coverage per slice, threshold " + THRESHOLD);
    Sections.coverage(visits.table(), penguins.table());
    System.out.println();
    System.out.println("4. Freshness and volume of clinic-visits");
    Loaded clean = Datasets.clinicVisitsClean();
    Sections.freshnessAndVolume(visits.table(), clean.table());
    System.out.println();
    System.out.println("5. Cascade cost: a species model that needs the isotope ratios, per island");
    Sections.cascade(penguins.table());
    System.out.println();
    String report = HealthPage.write(visits, visitProfiles, penguins.table(), penguinProfiles);
    System.out.println("Report: " + report + " (open it in a browser; it needs no network)");
  }
}
