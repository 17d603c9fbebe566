package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        .chart(SvgChart.of("Missing", "column", "rows").bars(List.of("age", "sex"), List.of(70.0, 0.0)));
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
  void should_right_align_a_column_of_numbers_and_let_text_wrap() {
    // GIVEN a column of counts, one flagged, beside a column of text
    HtmlReport report = HtmlReport.titled("Steps")
        .table(List.of("rule", "cells"), List.of(List.of("impute-height_cm", "30"), List.of("weight-outliers", "!0.938")));
    // WHEN
    String html = report.html();
    // THEN
    assertThat(html).as("numeric header, cells and flagged cell")
        .contains("<th>rule</th><th class=\"num\">cells</th>")
        .contains("<td>impute-height_cm</td><td class=\"num\">30</td>")
        .contains("<td class=\"alert num\">✗ 0.938</td>");
  }
}
