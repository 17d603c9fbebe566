package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("06.duplicate-ids: every duplicated key with all its rows, and Deequ's uniqueness of the key")
class DuplicateIdsTest {
  /**
   * 10 visits. Key (patient_id, visit_date): P02/03-01 on rows 1 and 7; P01/03-01 on rows 2, 4
   * and 8; P01/03-02 and P03/03-04 once. Row 6 has no date, rows 9 and 10 no patient: no key.
   */
  private static Table visits() {
    // Ids split at run time, as values read from a file are; "" is Tablesaw's missing string.
    String[] patients = "P02,P01,P01,P01,P03,P02,P02,P01,,".split(",", -1);
    LocalDate[] dates = new LocalDate[10];
    int[] days = {1, 1, 2, 1, 4, 0, 1, 1, 5, 5};
    for (int i = 0; i < days.length; i++) {
      dates[i] = days[i] == 0 ? null : LocalDate.of(2024, 3, days[i]);
    }
    return Table.create("visits", StringColumn.create("patient_id", patients), DateColumn.create("visit_date", dates));
  }

  @Test
  @Tag("task:1")
  @DisplayName("every duplicated key is reported with all its rows, the first one included, first seen first")
  void everyRowOfEveryDuplicate() {
    Table visits = visits();
    assertThat(DuplicateIds.duplicates(visits, "patient_id", "visit_date"))
        .as("duplicates(visits, patient_id, visit_date), rows from 1, of%n%s%nNobody knows yet which copy is right,"
            + " so the first row of a key is reported too", visits.print())
        .containsExactly(entry("P02|2024-03-01", List.of(1, 7)), entry("P01|2024-03-01", List.of(2, 4, 8)));
  }

  @Test
  @Tag("task:1")
  @DisplayName("rows with a key column missing are not duplicates of each other")
  void missingIsNoKey() {
    Table visits = visits();
    assertThat(DuplicateIds.duplicates(visits, "patient_id", "visit_date"))
        .as("duplicates of%n%s%nRows 9 and 10 have no patient: no key, so not the same key (completeness reports them)", visits.print())
        .doesNotContainKey("|2024-03-05");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a key of one column works, and a table without repeats has no duplicates")
  void oneColumnKey() {
    Table visits = Table.create("visits", StringColumn.create("visit_id", "V1,V2,V1,V3".split(",")));
    assertThat(DuplicateIds.duplicates(visits, "visit_id")).as("duplicates([V1, V2, V1, V3], visit_id)")
        .containsExactly(entry("V1", List.of(1, 3)));
    Table clean = Table.create("visits", StringColumn.create("visit_id", "V1", "V2", "V3"));
    assertThat(DuplicateIds.duplicates(clean, "visit_id")).as("duplicates([V1, V2, V3], visit_id)").isEmpty();
  }

  @Test
  @Tag("task:1")
  @DisplayName("a call without key columns is refused")
  void noKeyColumns() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("duplicates(visits) with no key column must throw IllegalArgumentException")
        .isThrownBy(() -> DuplicateIds.duplicates(visits()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("uniqueness is the keys seen once over the rows with a key, not the distinct keys")
  void uniqueness() {
    Table visits = visits();
    assertThat(DuplicateIds.uniqueness(visits, "patient_id", "visit_date"))
        .as("uniqueness(visits, patient_id, visit_date) of%n%s%n7 rows have a key; 2 keys occur once (P01/03-02, P03/03-04)."
            + " 4/7 would be distinctness (4 distinct keys); 2/10 counts the rows without a key", visits.print())
        .isCloseTo(2.0 / 7, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a key column without duplicates has uniqueness 1.0")
  void allUnique() {
    Table visits = Table.create("visits", StringColumn.create("visit_id", "V1", "V2", "", "V3"));
    assertThat(DuplicateIds.uniqueness(visits, "visit_id")).as("uniqueness([V1, V2, (missing), V3], visit_id)").isEqualTo(1.0);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a table where no row has a key is refused")
  void noKeyedRow() {
    Table visits = Table.create("visits", StringColumn.create("visit_id", "", ""));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("uniqueness([(missing), (missing)], visit_id) must throw IllegalArgumentException: 0 / 0")
        .isThrownBy(() -> DuplicateIds.uniqueness(visits, "visit_id"));
  }
}
