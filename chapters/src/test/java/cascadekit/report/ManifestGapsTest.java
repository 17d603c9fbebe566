package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ManifestGapsTest {
  private static final Table MANIFEST = Table.create("manifest",
      StringColumn.create("row_id", "R1", "R2", "R3", "R4", "R5"),
      StringColumn.create("column", "age", "sex", "age", "", "sex"),
      StringColumn.create("defect", "missing", "missing", "outlier", "duplicate", "typo"));

  @Test
  void should_list_each_defect_not_looked_for_once_with_its_rows_and_columns() {
    // GIVEN a report and checks that look for typos only
    HtmlReport report = HtmlReport.titled("t");
    // WHEN
    ManifestGaps.add(report, "Not looked for", "Why.", MANIFEST, (column, defect) -> defect.equals("typo"));
    // THEN
    ReportPage page = ReportPage.of(report.html());
    assertThat(page.table("Not looked for")).as("header, then one row per defect, by name").containsExactly(
        List.of("defect in the manifest", "rows", "columns"),
        List.of("duplicate", "1", ManifestGaps.WHOLE_ROW),
        List.of("missing", "2", "age, sex"),
        List.of("outlier", "1", "age"));
    assertThat(report.html()).as("the reason, under the heading").contains("<p>Why.</p>").doesNotContain("typo");
  }

  @Test
  void should_say_so_when_the_checks_look_for_every_defect() {
    // WHEN
    HtmlReport report = HtmlReport.titled("t");
    ManifestGaps.add(report, "Not looked for", "Why.", MANIFEST, (column, defect) -> true);
    // THEN
    assertThat(report.html()).as("no table, a sentence").doesNotContain("<table").contains("None: the checks look for every");
  }
}
