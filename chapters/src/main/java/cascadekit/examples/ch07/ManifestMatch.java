package cascadekit.examples.ch07;

import cascadekit.data.Datasets;
import cascadekit.data.LoanApplications;
import cascadekit.split.TrainTest;
import cascadekit.split.LeakageFinding;
import cascadekit.split.LeakageReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The audit of a split held against {@code loan-applications/manifest.csv}, kind by kind. A
 * manifest pair (a repeat or a duplicate and its original) is <i>exposed</i> when the split puts
 * its two rows on opposite sides, and <i>found</i> when the audit names the test-side row: as a
 * duplicate (exact or near) for {@code duplicate_across_time}, as a shared applicant for {@code
 * repeat_applicant}. The target leak is found when the audit flags its column.
 *
 * @param kinds one line per manifest defect
 */
record ManifestMatch(List<Kind> kinds) {
  /** A manifest defect: entries exposed by the split, how many the audit found, and how. */
  record Kind(String defect, int exposed, int found, String check) {}

  /** Returns the manifest held against {@code report}, the audit of {@code sides}. */
  static ManifestMatch of(TrainTest sides, LeakageReport report) {
    Set<String> testIds = new HashSet<>(sides.test().stringColumn(LoanApplications.ID).asList());
    Set<String> trainIds = new HashSet<>(sides.train().stringColumn(LoanApplications.ID).asList());
    Set<String> duplicates = new HashSet<>(rows(report, "exact_duplicates"));
    duplicates.addAll(rows(report, "near_duplicates"));
    Set<String> shared = new HashSet<>(rows(report, "group_overlap"));
    int[] dup = new int[2];
    int[] repeat = new int[2];
    List<String> leaks = new ArrayList<>();
    Table manifest = Datasets.loanApplicationsManifest().table();
    for (Row entry : manifest) {
      String defect = entry.getString("defect");
      String row = entry.getString("row_id");
      String original = entry.getString("clean_value");
      if (defect.equals("target_leak")) {
        leaks.add(entry.getString("column"));
        continue;
      }
      String testSide = testIds.contains(row) && trainIds.contains(original) ? row
          : testIds.contains(original) && trainIds.contains(row) ? original : null;
      int[] counts = defect.equals("duplicate_across_time") ? dup : repeat;
      Set<String> named = defect.equals("duplicate_across_time") ? duplicates : shared;
      if (testSide != null) {
        counts[0]++;
        counts[1] += named.contains(testSide) ? 1 : 0;
      }
    }
    long flagged = leaks.stream()
        .filter(c -> report.find("feature_power", c).map(LeakageFinding::broken).orElse(false)).count();
    return new ManifestMatch(List.of(
        new Kind("target_leak", leaks.size(), (int) flagged, "feature_power"),
        new Kind("duplicate_across_time", dup[0], dup[1], "exact_duplicates or near_duplicates"),
        new Kind("repeat_applicant", repeat[0], repeat[1], "group_overlap")));
  }

  private static List<String> rows(LeakageReport report, String kind) {
    return report.findings().stream().filter(f -> f.kind().equals(kind)).flatMap(f -> f.rows().stream()).toList();
  }
}
