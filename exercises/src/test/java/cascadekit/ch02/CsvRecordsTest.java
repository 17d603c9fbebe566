package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.csv-records: CSV by header name, with the line each record starts on")
class CsvRecordsTest {
  private static final String VISITS =
      "visit_id,clinic,notes\n"
          + "V1,Zürich,\"BP 135/85, recheck next visit\"\n"
          + "V2,Oslo,\"Follow-up\nin 2 weeks\"\n"
          + "V3,Kraków,\n";

  @Test
  @Tag("task:1")
  @DisplayName("a quoted comma stays inside its field")
  void quotedComma() {
    assertThat(CsvRecords.column(VISITS, "notes").get(0))
        .as("notes of V1, which holds a comma inside quotes; splitting on commas cuts it in two")
        .isEqualTo("BP 135/85, recheck next visit");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a quoted line break stays inside its field, and the record stays one record")
  void quotedLineBreak() {
    assertThat(CsvRecords.column(VISITS, "notes"))
        .as("notes of V1, V2, V3: three records on five lines; reading line by line gives more")
        .containsExactly("BP 135/85, recheck next visit", "Follow-up\nin 2 weeks", "");
  }

  @Test
  @Tag("task:1")
  @DisplayName("fields are read by header name, wherever the column stands")
  void byName() {
    String reordered = "clinic,visit_id\nZürich,V1\nOslo,V2\n";
    assertThat(CsvRecords.column(reordered, "visit_id"))
        .as("visit_id from a file whose columns are in another order")
        .containsExactly("V1", "V2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("records start on line 2 after a one-line header")
  void afterHeader() {
    assertThat(CsvRecords.startLines("id,city\n1,Oslo\n2,Malmö\n"))
        .as("start lines of two one-line records (the header is line 1)")
        .containsExactly(2L, 3L);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a quoted line break pushes every later record one line down")
  void afterQuotedLineBreak() {
    assertThat(CsvRecords.startLines(VISITS))
        .as("start lines of V1, V2, V3: V1 is on line 2, V2 on lines 3-4, V3 on line 5")
        .containsExactly(2L, 3L, 5L);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a header the file lacks is refused, naming it and the headers there are")
  void unknownHeader() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("column(..., \"city\") on a file with header id,note must throw IllegalArgumentException")
        .isThrownBy(() -> CsvRecords.column("id,note\n1,x\n", "city"))
        .withMessageContainingAll("city", "id", "note");
  }

  @Test
  @Tag("task:3")
  @DisplayName("a missing header is refused even when the file has no records")
  void unknownHeaderWithoutRecords() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("column(\"id,note\\n\", \"city\"): check the header itself, not only the first record")
        .isThrownBy(() -> CsvRecords.column("id,note\n", "city"));
  }
}
