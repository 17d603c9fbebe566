package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.Check;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ValidationSectionTest {
  // V1 twice; X is not a sex code; an age of 130
  private static final Table VISITS = Table.create("visits",
      StringColumn.create("visit_id", "V1", "V2", "V1"),
      StringColumn.create("sex", "F", "X", "M"),
      IntColumn.create("age", 34, 130, 51));

  @Test
  void should_open_with_the_verdict_then_the_failures_errors_first_then_every_result() {
    // GIVEN a warning that fails, declared before two failing errors and one passing constraint
    ValidationResult result = ValidationSuite.on(VISITS).idColumn("visit_id")
        .addCheck(Check.warn("tidy").isContainedIn("sex", Set.of("F", "M")))
        .addCheck(Check.error("usable").isUnique("visit_id").isBetween("age", 0, 120).isComplete("age"))
        .run();
    // WHEN
    String html = section(result);
    // THEN the verdict comes before any table, and the failures table lists errors first
    assertThat(html.indexOf("✗ FAILED: 2 errors, 1 warning, 4 constraints run")).as("verdict position")
        .isGreaterThan(0).isLessThan(html.indexOf("<table"));
    String failures = html.substring(html.indexOf("<table"), html.indexOf("</table>"));
    assertThat(failures).as("the check's name before its constraint").contains(">usable: visit_id is unique</td>");
    assertThat(failures.indexOf("visit_id is unique")).as("error before warning")
        .isLessThan(failures.indexOf("sex is in [F, M]"));
    assertThat(failures).as("failures only").doesNotContain("age is complete");
    assertThat(failures).as("value (1 of 3 unique), threshold and ids of the duplicate")
        .contains("<td class=\"num\">0.3333</td><td>&gt;= 1</td><td class=\"num\">2</td><td>V1, V1</td>");
    assertThat(html.split("<table", -1)).as("failures table and full table").hasSize(3);
  }

  @Test
  void should_mark_each_failure_with_a_word_and_a_symbol_not_colour_alone() {
    // GIVEN one failed and one passed constraint
    ValidationResult result = ValidationSuite.on(VISITS)
        .addCheck(Check.error("ages").isBetween("age", 0, 120).isComplete("age")).run();
    // WHEN
    String html = section(result);
    // THEN the failure's cell says FAILED with a cross, the pass says passed with a tick
    assertThat(html).as("failure marked").contains("<td class=\"alert\">✗ FAILED (ERROR)</td>");
    assertThat(html).as("pass marked").contains("<td>✓ passed (ERROR)</td>");
    assertThat(html).as("offline").doesNotContain("<script").doesNotContain(" src=").doesNotContain(" href=");
  }

  @Test
  void should_say_passed_when_only_warnings_fail() {
    // GIVEN a failing warning only
    ValidationResult result = ValidationSuite.on(VISITS)
        .addCheck(Check.warn("tidy").isContainedIn("sex", Set.of("F", "M"))).run();
    // WHEN / THEN
    assertThat(ValidationSection.verdict(result)).as("verdict")
        .isEqualTo("✓ PASSED: 0 errors, 1 warning, 1 constraint run");
  }

  private static String section(ValidationResult result) {
    HtmlReport report = HtmlReport.titled("Validation");
    ValidationSection.add(report, "Visits", result);
    return report.html();
  }
}
