package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch06.RangeFailures.Report;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("06.range-failures: a range check with the count, the percent and the first 20 failing ids")
class RangeFailuresTest {
  /** Weights against [0, 250]: 0 and 250 sit on the bounds; V04, V06 and row 9 (no id) fail; 2 missing. */
  private static Table weights() {
    String[] ids = "V01,V02,V03,V04,V05,V06,V07,V08,,V10".split(",", -1);
    Double[] kg = {70.0, 0.0, 250.0, -0.5, null, 250.5, 80.0, null, 1200.0, 65.0};
    return Table.create("visits", StringColumn.create("visit_id", ids), DoubleColumn.create("weight_kg", kg));
  }

  /** 30 rows, V01 to V30: rows 4, 8, ..., 28 weigh 70 kg, the 23 others 400 kg. */
  private static Table manyFailures() {
    StringColumn ids = StringColumn.create("visit_id");
    DoubleColumn kg = DoubleColumn.create("weight_kg");
    for (int i = 1; i <= 30; i++) {
      ids.append(String.format("V%02d", i));
      kg.append(i % 4 == 0 ? 70 : 400);
    }
    return Table.create("visits", ids, kg);
  }

  @Test
  @Tag("task:1")
  @DisplayName("values on the bounds pass; missing values are not checked; a failing row without id is 'row N'")
  void boundsMissingAndIds() {
    Table weights = weights();
    Report report = RangeFailures.check(weights, "visit_id", "weight_kg", 0, 250);
    assertThat(report.partialIds())
        .as("failing ids of check(weights, 0, 250) on%n%s%n0 and 250 are inside (inclusive); a missing weight is not a failure",
            weights.print())
        .containsExactly("V04", "V06", "row 9");
    assertThat(report.checked()).as("values checked: 10 rows minus 2 missing").isEqualTo(8);
    assertThat(report.unexpectedCount()).as("values outside [0, 250]").isEqualTo(3);
  }

  @Test
  @Tag("task:1")
  @DisplayName("the list stops at 20 ids but the count goes on to the total")
  void cappedWithTotal() {
    Table many = manyFailures();
    Report report = RangeFailures.check(many, "visit_id", "weight_kg", 0, 250);
    assertThat(report.partialIds())
        .as("first 20 failing ids of 30 rows where every 4th row (V04, V08, ...) is 70 kg and the others 400 kg")
        .containsExactly("V01", "V02", "V03", "V05", "V06", "V07", "V09", "V10", "V11", "V13", "V14", "V15",
            "V17", "V18", "V19", "V21", "V22", "V23", "V25", "V26");
    assertThat(report.unexpectedCount()).as("all 23 values outside, not only the 20 listed").isEqualTo(23);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a range with min above max is refused; min equal to max is a valid range")
  void emptyRange() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("check(weights, min 250, max 0) must throw IllegalArgumentException")
        .isThrownBy(() -> RangeFailures.check(weights(), "visit_id", "weight_kg", 250, 0));
    assertThat(RangeFailures.check(weights(), "visit_id", "weight_kg", 250, 250).unexpectedCount())
        .as("check(weights, 250, 250): every checked value but the 250 is outside").isEqualTo(7);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the percent is of the values checked, not of all rows")
  void percentOfChecked() {
    assertThat(new Report(8, 3, List.of("V04", "V06", "row 9")).unexpectedPercent())
        .as("Report(checked 8, outside 3).unexpectedPercent()").isCloseTo(37.5, within(1e-12));
    assertThat(new Report(3, 1, List.of("V2")).unexpectedPercent())
        .as("Report(checked 3, outside 1).unexpectedPercent(), in double arithmetic").isCloseTo(100.0 / 3, within(1e-12));
    assertThat(new Report(0, 0, List.of()).unexpectedPercent()).as("Report(checked 0, outside 0): nothing checked").isZero();
  }

  @Test
  @Tag("task:3")
  @DisplayName("the message gives column, count, checked, percent, range and the ids")
  void message() {
    Report report = new Report(8, 3, List.of("V04", "V06", "row 9"));
    assertThat(RangeFailures.message("weight_kg", 0, 250, report)).as("message(weight_kg, 0, 250, %s)", report)
        .isEqualTo("weight_kg: 3 of 8 values (37.50%) outside [0.0, 250.0]; ids V04, V06, row 9");
  }

  @Test
  @Tag("task:3")
  @DisplayName("the message says how many failures the list leaves out")
  void messageWithMore() {
    List<String> ids = List.of("V01", "V02", "V03", "V05", "V06", "V07", "V09", "V10", "V11", "V13", "V14", "V15",
        "V17", "V18", "V19", "V21", "V22", "V23", "V25", "V26");
    assertThat(RangeFailures.message("weight_kg", 0, 250, new Report(30, 23, ids)))
        .as("message for 23 failures of which 20 are listed")
        .isEqualTo("weight_kg: 23 of 30 values (76.67%) outside [0.0, 250.0]; ids " + String.join(", ", ids) + " and 3 more");
  }

  @Test
  @Tag("task:3")
  @DisplayName("a check without failures says so")
  void messageAllInside() {
    assertThat(RangeFailures.message("age", 0, 120, new Report(5, 0, List.of())))
        .as("message(age, 0, 120, Report(5, 0, []))").isEqualTo("age: all 5 values inside [0.0, 120.0]");
  }
}
