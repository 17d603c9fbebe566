package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {
  @Test
  void should_put_the_verdict_before_the_evidence_with_its_findings_escaped() {
    // GIVEN
    HtmlReport report = HtmlReport.titled("Loading").style(ReportTable.STYLE);
    // WHEN
    report.fragment(ReportTable.verdict("✗ 2 of 10 rows quarantined", List.of("line 4: 'a' < 'b'", "line 7")))
        .heading("Evidence");
    // THEN
    String html = report.html();
    assertThat(html.indexOf("<section class=\"verdict\"")).as("the verdict comes first").isLessThan(html.indexOf("Evidence"));
    assertThat(html).as("findings as an escaped list")
        .contains("<strong>✗ 2 of 10 rows quarantined</strong>")
        .contains("<li>line 4: &#39;a&#39; &lt; &#39;b&#39;</li>")
        .contains("@media print")
        .contains("table.fit{table-layout:fixed");
  }

  @Test
  void should_leave_out_the_list_when_there_is_no_finding() {
    // WHEN
    String html = ReportTable.verdict("✓ all rows kept", List.of());
    // THEN
    assertThat(html).as("a verdict without findings").contains("✓ all rows kept").doesNotContain("<ul>");
  }

  @Test
  void should_fit_the_page_and_keep_each_cells_full_text_in_its_title() {
    // WHEN
    String html = ReportTable.table(List.of("line", "reason"), List.of(List.of("74", "!✗ not one of \"the\" allowed values")));
    // THEN
    assertThat(html).as("a fixed-layout table, the alert shown without its mark")
        .startsWith("<table class=\"fit\">")
        .contains("<th title=\"reason\">reason</th>")
        .contains("<td title=\"74\">74</td>")
        .contains("<td class=\"alert\" title=\"✗ not one of &quot;the&quot; allowed values\">✗ not one of &quot;the&quot;"
            + " allowed values</td>");
  }
}
