package cascadekit.examples.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Level;
import cascadekit.data.Datasets;
import cascadekit.load.Loaded;
import cascadekit.profile.Profiler;
import cascadekit.report.ReportPage;
import cascadekit.report.Verdict;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthVerdictTest {
  private static Loaded visits;
  private static List<Verdict.Item> items;

  @BeforeAll
  static void load() {
    visits = Datasets.clinicVisits();
    items = HealthVerdict.of(visits, Profiler.profile(visits.table()), "visits");
  }

  @Test
  void should_rank_impossible_values_as_errors_and_report_the_quarantine_and_low_completeness() {
    // THEN
    assertThat(items).as("impossible values are errors")
        .filteredOn(i -> i.what().contains(" is between "))
        .extracting(Verdict.Item::where).containsExactly("age", "height_cm", "weight_kg");
    assertThat(items).as("errors: the impossible values only")
        .filteredOn(i -> i.level() == Level.ERROR).hasSize(3);
    assertThat(items).as("the impossible age and the heights in metres, as the profile saw them")
        .anyMatch(i -> i.where().equals("age") && i.howBad().endsWith("to 909"))
        .anyMatch(i -> i.where().equals("height_cm") && i.howBad().contains("values 1.49 to"));
    long quarantined = visits.result().rowsRead() - visits.result().kept().size();
    assertThat(items).as("the quarantined rows, counted as read - kept")
        .anyMatch(i -> i.anchor().equals(HealthVerdict.QUARANTINE) && leadingNumber(i.howBad()) == quarantined);
    assertThat(items).as("notes, the one column under 0.95 complete")
        .anyMatch(i -> i.where().equals("notes") && i.what().startsWith("completeness under"));
  }

  @Test
  void should_open_the_report_with_the_verdict_and_mark_every_alert_with_a_symbol() throws Exception {
    // WHEN
    String path = HealthPage.write(visits, Profiler.profile(visits.table()), Datasets.penguinsRaw().table(),
        Profiler.profile(Datasets.penguinsRaw().table()));
    String html = Files.readString(Datasets.root().resolve(path));
    // THEN
    ReportPage.of(html).assertReadable();
    assertThat(ReportPage.of(html).verdictItems()).as("the penguins' findings, linked to their section")
        .anyMatch(i -> i.contains("Comments (penguins): completeness under the threshold 0.95 — 290 rows missing"))
        .anyMatch(i -> i.contains("Region (penguins): one value in every row"))
        .anyMatch(i -> i.contains("Delta 15 N (o/oo) (penguins): coverage under 0.95 in 2 slices — 7 rows missing in Torgersen / PAL0708"));
    assertThat(ReportPage.of(html).verdictLinks()).as("where the verdict's findings point")
        .contains("penguins-penguins-raw-csv", "coverage-per-slice", "clinic-visits-visits-csv");
    assertThat(html.substring(html.indexOf("</section>"))).as("the paragraph under the verdict")
        .contains("Not detectable by profiling: ", "date_format in visit_date (90 rows)");
    assertThat(html.split("<td class=\"alert", -1)).as("alert cells").hasSizeGreaterThan(1);
    Matcher alert = Pattern.compile("<td class=\"alert[^\"]*\"[^>]*>([^<]*)</td>").matcher(html);
    while (alert.find()) {
      assertThat(alert.group(1)).as("an alert cell says so in text, not in colour alone").startsWith("✗");
    }
    assertThat(html).as("offline").doesNotContain("<script", " src=", "href=\"http", "url(", "@import")
        .contains("<a href=\"#quarantined-rows-of-clinic-visits-visits-csv\">");
  }

  private static long leadingNumber(String text) {
    return Long.parseLong(text.replaceAll("^(\\d+).*$", "$1"));
  }
}
