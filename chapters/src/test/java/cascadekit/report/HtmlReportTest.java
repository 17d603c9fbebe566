package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @Test
  void should_write_a_self_contained_document_with_escaped_text(@TempDir Path dir) throws Exception {
    // GIVEN
    HtmlReport report = HtmlReport.titled("Health of <visits>")
        .heading("Completeness")
        .paragraph("age & sex")
        .table(List.of("column", "complete"), List.of(List.of("age", "!0.95"), List.of("sex", "1.00"),
            List.of("notes", "a note longer than a cell")))
        .chart(SvgChart.bars("Missing", List.of("age", "sex"), List.of(70.0, 0.0)));
    // WHEN
    Path file = report.writeTo(dir.resolve("sub/report.html"));
    // THEN
    String html = Files.readString(file);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Health of &lt;visits&gt;</title>")
        .contains("<p>age &amp; sex</p>")
        .contains("<h2 id=\"completeness\">Completeness</h2>")
        .contains("<td class=\"alert\">✗ 0.95</td>")
        .contains("<td title=\"a note longer than a cell\">a note longer than a cell</td>")
        .contains("@media print")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .as("a chart scales down to a narrow page").contains("viewBox=\"0 0 880 ")
        .doesNotContain("<script")
        .doesNotContain(" src=")
        .doesNotContain(" href=")
        .doesNotContain("@import");
  }

  @Test
  void should_scale_bars_to_the_largest_value() {
    // WHEN: the plot area is 260 - 30 - 40 = 190 pixels high
    String svg = SvgChart.bars("x", List.of("a", "b"), List.of(10.0, 5.0));
    // THEN
    assertThat(svg).contains("height=\"190.0\"").contains("height=\"95.0\"").contains("<title>b: 5</title>");
  }

  @Test
  void should_draw_one_line_per_series_and_refuse_misaligned_series() {
    // GIVEN
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("psi", List.of(0.0, 0.1, 0.3));
    series.put("ks", List.of(0.0, 0.2, 0.1));
    // WHEN
    String svg = SvgChart.lines("Drift", List.of("Jan", "Feb", "Mar"), series);
    // THEN
    assertThat(svg.split("<polyline", -1)).hasSize(3);
    assertThat(svg).contains(">Mar</text>");
    assertThatThrownBy(() -> SvgChart.lines("Drift", List.of("Jan"), series))
        .hasMessageContaining("1 labels but 3 values");
  }
}
