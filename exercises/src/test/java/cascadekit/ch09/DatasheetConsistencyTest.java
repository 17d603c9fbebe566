package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cascadekit.ch09.DatasheetConsistency.Mismatch;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("09.datasheet-consistency: does the datasheet still say what the data says?")
class DatasheetConsistencyTest {
  /** A datasheet written when clinic was counted with Tablesaw's countMissing() alone. */
  private static final List<String> DATASHEET = List.of(
      "# Datasheet: clinic visits",
      "",
      "## Composition",
      "- Instances: 7 rows",
      "- Fields: 4: id (STRING), height (DOUBLE), clinic (STRING), label (STRING)",
      "- Missing in height: 2 of 7 (28.6%)",
      "- Missing in clinic: 1 of 7 (14.3%)",
      "- Missing in weight: 4 of 7 (57.1%)",
      "- Label well: 4 (66.7%)",
      "- Label sick: 3 (50.0%)",
      "Heights are in metres.");

  /** Seven visits: height missing twice (NaN), clinic blank three times, one visit unlabelled. */
  private static Table visits() {
    StringColumn id = StringColumn.create("id", "P1", "P2", "P3", "P4", "P5", "P6", "P7");
    DoubleColumn height = DoubleColumn.create("height", 1.72, Double.NaN, 1.65, 1.80, Double.NaN, 1.58, 1.61);
    StringColumn clinic = StringColumn.create("clinic", "Oslo", " ", "Bergen", "", "Oslo", "Oslo", "  ");
    StringColumn label = StringColumn.create("label", "sick", "well", "well", "sick", "", "well", "well");
    return Table.create("visits", id, height, clinic, label);
  }

  @Test
  @Tag("task:1")
  @DisplayName("missing cells are Tablesaw's missing values and blank strings")
  void missing() {
    Table visits = visits();
    assertThat(DatasheetConsistency.missing(visits, "clinic"))
        .as("missing(visits, clinic): \"\", \" \" and \"  \" are all no clinic (countMissing() says 1)%n%s", visits.print())
        .isEqualTo(3);
    assertThat(DatasheetConsistency.missing(visits, "height")).as("missing(visits, height): two NaN").isEqualTo(2);
    assertThat(DatasheetConsistency.missing(visits, "id")).as("missing(visits, id)").isZero();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a label's share is of the labelled rows, in percent to one decimal")
  void share() {
    Table visits = visits();
    assertThat(DatasheetConsistency.share(visits, "label", "well"))
        .as("share(visits, label, well): 4 of the 6 labelled rows (P5 has none), not 4 of 7 (57.1)%n%s", visits.print())
        .isEqualTo("66.7");
    assertThat(DatasheetConsistency.share(visits, "label", "sick")).as("share(visits, label, sick): 2 of 6")
        .isEqualTo("33.3");
    assertThat(DatasheetConsistency.share(visits, "label", "unknown")).as("share of a label no row has")
        .isEqualTo("0.0");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a label column without any label is refused")
  void noLabels() {
    Table blank = Table.create("t", StringColumn.create("label", "", " "));
    assertThatIllegalArgumentException().as("share of a column holding only \"\" and \" \": 0 of 0 is no share")
        .isThrownBy(() -> DatasheetConsistency.share(blank, "label", "well")).withMessageContaining("label");
  }

  @Test
  @Tag("task:3")
  @DisplayName("each stated figure the data does not bear out is reported with its line (from 1), stated and measured")
  void check() {
    Table visits = visits();
    assertThat(DatasheetConsistency.check(DATASHEET, visits, "label"))
        .as("check of the datasheet%n  %s%nagainst%n%s%nline 7 says 1 missing clinic (there are 3), line 8 names a "
            + "column the table lacks, line 10 says 50.0%% sick (2 of 6 = 33.3%%); line 9's 66.7 is 4 of 6 rounded, "
            + "so it matches", String.join("\n  ", DATASHEET), visits.print())
        .containsExactly(
            new Mismatch(7, "- Missing in clinic: 1 of 7 (14.3%)", "1", "3"),
            new Mismatch(8, "- Missing in weight: 4 of 7 (57.1%)", "4", "no such column"),
            new Mismatch(10, "- Label sick: 3 (50.0%)", "50.0", "33.3"));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a row count that no longer matches is reported; a share is compared as a number")
  void rowsAndNumbers() {
    List<String> datasheet = List.of("- Instances: 8 rows", "- Label well: 4 (66.70%)", "- Instances: 7 rows");
    assertThat(DatasheetConsistency.check(datasheet, visits(), "label"))
        .as("check of %s: the table has 7 rows; 66.70 states the same share as 66.7", datasheet)
        .containsExactly(new Mismatch(1, "- Instances: 8 rows", "8", "7"));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a datasheet that agrees with its data has no mismatch")
  void consistent() {
    List<String> datasheet = List.of("- Instances: 7 rows", "- Missing in clinic: 3 of 7 (42.9%)",
        "- Missing in id: 0 of 7 (0.0%)", "- Label sick: 2 (33.3%)", "rows: 12");
    assertThat(DatasheetConsistency.check(datasheet, visits(), "label")).as("check of %s", datasheet).isEmpty();
  }
}
