package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("03.slice-summary: rows and completeness per slice as a Tablesaw table, and the slices below a threshold")
class SliceSummaryTest {
  /**
   * 14 visits. Oslo 4 rows, 3 values (0.75); Malmö 2, 1 (0.5); Kraków 3, 3 (1.0); Bergen 3, 1
   * (1/3); Aarhus 2, 1 (0.5). Malmö appears before Aarhus, so only a tie-break by name puts
   * Aarhus first.
   */
  private static Table visits() {
    // Names split at run time, as values read from a file are.
    String[] clinics = "Oslo,Malmö,Oslo,Kraków,Oslo,Bergen,Malmö,Aarhus,Bergen,Oslo,Aarhus,Bergen,Kraków,Kraków".split(",");
    Double[] hba1c = {5.1, null, null, 5.8, 6.2, null, 6.4, 5.5, 7.0, 6.0, null, null, 6.1, 5.9};
    return Table.create("visits", StringColumn.create("clinic", clinics), DoubleColumn.create("hba1c", hba1c));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the summary has the slice column, rows and completeness, in that order")
  void columns() {
    Table summary = SliceSummary.summary(visits(), "clinic", "hba1c");
    assertThat(summary.columnNames()).as("column names of summary(visits, \"clinic\", \"hba1c\"):%n%s", summary.print())
        .containsExactly("clinic", "rows", "completeness");
  }

  @Test
  @Tag("task:1")
  @DisplayName("one row per slice, worst completeness first, ties by slice name")
  void oneRowPerSliceWorstFirst() {
    Table visits = visits();
    Table summary = SliceSummary.summary(visits, "clinic", "hba1c");
    assertThat(summary.stringColumn("clinic").asList())
        .as("clinics of the summary, worst first; Aarhus and Malmö tie at 0.5, so by name. Summary of the visits:%n%s", summary.print())
        .containsExactly("Bergen", "Aarhus", "Malmö", "Oslo", "Kraków");
    assertThat(summary.numberColumn("rows").asDoubleArray())
        .as("rows per clinic, missing values included (Tablesaw's count skips them; countWithMissing does not):%n%s", summary.print())
        .containsExactly(3, 2, 2, 4, 3);
    assertThat(summary.numberColumn("completeness").asDoubleArray())
        .as("completeness = rows with a value / rows, per clinic:%n%s", summary.print())
        .containsExactly(new double[] {1.0 / 3, 0.5, 0.5, 0.75, 1.0}, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a slice whose every value is missing is in the summary, with completeness 0.0")
  void allMissingSliceShows() {
    Table visits = Table.create("visits",
        StringColumn.create("clinic", "Bergen", "Oslo", "Bergen"), DoubleColumn.create("hba1c", new Double[] {null, 5.0, null}));
    Table summary = SliceSummary.summary(visits, "clinic", "hba1c");
    assertThat(summary.stringColumn("clinic").asList())
        .as("clinics of the summary of%n%s%nBergen has no value at all: it is the slice to flag, so it must appear. Got:%n%s",
            visits.print(), summary.print())
        .containsExactly("Bergen", "Oslo");
    assertThat(summary.numberColumn("rows").asDoubleArray()).as("rows of Bergen and Oslo:%n%s", summary.print()).containsExactly(2, 1);
    assertThat(summary.numberColumn("completeness").asDoubleArray())
        .as("completeness of Bergen and Oslo:%n%s", summary.print()).containsExactly(0.0, 1.0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("the visits table is left as it was")
  void visitsUntouched() {
    Table visits = visits();
    SliceSummary.summary(visits, "clinic", "hba1c");
    assertThat(visits.columnNames()).as("the visits' columns after summary(...):%n%s", visits.print()).containsExactly("clinic", "hba1c");
    assertThat(visits.rowCount()).as("the visits' rows after summary(...)").isEqualTo(14);
  }

  /** A summary as task 1 returns it, worst first: Bergen 0.25, Aarhus 0.5, Malmö 0.5, Oslo 0.75, Kraków 1.0. */
  private static Table summary() {
    return Table.create("visits by clinic",
        StringColumn.create("clinic", "Bergen", "Aarhus", "Malmö", "Oslo", "Kraków"),
        DoubleColumn.create("rows", 4, 2, 2, 4, 3),
        DoubleColumn.create("completeness", 0.25, 0.5, 0.5, 0.75, 1.0));
  }

  @Test
  @Tag("task:2")
  @DisplayName("slices strictly below the threshold are kept in order; one exactly at it is not")
  void belowStrictly() {
    Table summary = summary();
    Table below = SliceSummary.below(summary, 0.75);
    assertThat(below.stringColumn("clinic").asList())
        .as("below(summary, 0.75) of%n%s%nOslo is exactly 0.75 and meets it. Got:%n%s", summary.print(), below.print())
        .containsExactly("Bergen", "Aarhus", "Malmö");
    assertThat(below.columnNames()).as("columns of below(summary, 0.75): the summary's rows, whole").containsExactly("clinic", "rows", "completeness");
  }

  @Test
  @Tag("task:2")
  @DisplayName("when the worst slice is exactly at the threshold, no slice is below it")
  void noneBelow() {
    Table summary = summary();
    Table below = SliceSummary.below(summary, 0.25);
    assertThat(below.rowCount()).as("rows of below(summary, 0.25) of%n%s%nBergen is exactly 0.25. Got:%n%s", summary.print(), below.print())
        .isZero();
  }
}
