package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("09.composition-answers: a datasheet's Composition answers, measured from a Tablesaw table")
class CompositionAnswersTest {
  /**
   * Seven clinic visits. Row 5 repeats row 2 in every column; row 7 re-enters V6 with another
   * age (same id, not an exact duplicate). Clinic is blank in rows 2 and 5 ("  ") and empty in 4.
   */
  private static Table visits() {
    StringColumn id = StringColumn.create("id", "V1", "V2", "V3", "V4", "V2", "V6", "V6");
    IntColumn age = IntColumn.create("age", 34, 0, 51, 29, 0, 40, 41);
    age.setMissing(1);
    age.setMissing(4);
    StringColumn clinic = StringColumn.create("clinic", "Oslo", "  ", "Bergen", "", "  ", "Oslo", "Oslo");
    StringColumn diagnosis = StringColumn.create("diagnosis", "flu", "cold", "flu", "", "cold", "flu", "flu");
    DateColumn visited = DateColumn.create("visited");
    for (String date : new String[] {"2024-03-28", "2024-01-03", null, "2024-02-10", "2024-01-03", "2024-02-11", "2024-02-11"}) {
      visited.append(date == null ? null : LocalDate.parse(date));
    }
    return Table.create("visits", id, age, clinic, diagnosis, visited);
  }

  @Test
  @Tag("task:1")
  @DisplayName("the instances and every field with its type, in column order")
  void shape() {
    Table visits = visits();
    assertThat(CompositionAnswers.shape(visits))
        .as("shape of the clinic visits:%n%s", visits.print())
        .containsExactly("- Instances: 7 rows",
            "- Fields: 5: id (STRING), age (INTEGER), clinic (STRING), diagnosis (STRING), visited (LOCAL_DATE)");
  }

  @Test
  @Tag("task:2")
  @DisplayName("missing cells per column, blank strings counted as missing, columns with none left out")
  void missing() {
    Table visits = visits();
    assertThat(CompositionAnswers.missing(visits))
        .as("missing of the clinic visits: clinic has \"  \" twice and \"\" once, and \"  \" is no clinic "
            + "(Tablesaw's countMissing() sees only the empty one); id has nothing missing:%n%s", visits.print())
        .containsExactly("- Missing in age: 2 of 7 (28.6%)", "- Missing in clinic: 3 of 7 (42.9%)",
            "- Missing in diagnosis: 1 of 7 (14.3%)", "- Missing in visited: 1 of 7 (14.3%)");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a table with nothing missing says so in one line")
  void nothingMissing() {
    Table ids = Table.create("ids", StringColumn.create("id", "V1", "V2"), IntColumn.create("age", 30, 40));
    assertThat(CompositionAnswers.missing(ids)).as("missing of a complete table")
        .containsExactly("- Missing values: none");
  }

  @Test
  @Tag("task:3")
  @DisplayName("a row equal in every column to an earlier row is a duplicate; its first copy and a same-id row are not")
  void duplicates() {
    Table visits = visits();
    assertThat(CompositionAnswers.duplicates(visits))
        .as("duplicates of the clinic visits: row 5 repeats row 2 (1 duplicate, not 2: the first copy stays); "
            + "rows 6 and 7 share the id V6 but differ in age:%n%s", visits.print())
        .isEqualTo("- Exact duplicate rows: 1");
    Table unique = visits.dropRows(4);
    assertThat(CompositionAnswers.duplicates(unique)).as("duplicates with row 5 removed")
        .isEqualTo("- Exact duplicate rows: 0");
  }

  @Test
  @Tag("task:4")
  @DisplayName("labels most frequent first, shares of the labelled rows only")
  void labels() {
    Table visits = visits();
    assertThat(CompositionAnswers.labels(visits, "diagnosis"))
        .as("labels(visits, \"diagnosis\"): 6 rows have a label (row 4's is empty), so flu is 4 of 6, "
            + "not 4 of 7 (57.1%%):%n%s", visits.print())
        .containsExactly("- Label flu: 4 (66.7%)", "- Label cold: 2 (33.3%)");
  }

  @Test
  @Tag("task:4")
  @DisplayName("labels with equal counts are listed alphabetically")
  void labelTies() {
    Table votes = Table.create("votes", StringColumn.create("label", "b", "a", "c", "a", "b", " "));
    assertThat(CompositionAnswers.labels(votes, "label"))
        .as("labels of [b, a, c, a, b, \" \"]: a and b both 2 of 5, a first; the blank one is not a label")
        .containsExactly("- Label a: 2 (40.0%)", "- Label b: 2 (40.0%)", "- Label c: 1 (20.0%)");
  }

  @Test
  @Tag("task:5")
  @DisplayName("the timeframe runs from the earliest to the latest date, both days counted")
  void timeframe() {
    Table visits = visits();
    assertThat(CompositionAnswers.timeframe(visits, "visited"))
        .as("timeframe(visits, \"visited\"): the first row is the latest visit, so take the smallest and "
            + "largest date; 2024-01-03 to 2024-03-28 is 85 days apart, 86 days with both ends:%n%s", visits.print())
        .isEqualTo("- Collection timeframe: 2024-01-03 to 2024-03-28 (86 days)");
  }

  @Test
  @Tag("task:5")
  @DisplayName("one date spans one day, and a column without dates has an unknown timeframe")
  void timeframeEdges() {
    DateColumn one = DateColumn.create("day");
    one.append((LocalDate) null);
    one.append(LocalDate.of(2024, 5, 1));
    assertThat(CompositionAnswers.timeframe(Table.create("t", one), "day")).as("timeframe of [missing, 2024-05-01]")
        .isEqualTo("- Collection timeframe: 2024-05-01 to 2024-05-01 (1 days)");
    DateColumn none = DateColumn.create("day");
    none.append((LocalDate) null);
    assertThat(CompositionAnswers.timeframe(Table.create("t", none), "day")).as("timeframe of [missing]")
        .isEqualTo("- Collection timeframe: unknown (no dates)");
  }
}
