package cascadekit.clean;

import static cascadekit.clean.Fixtures.cells;
import static cascadekit.clean.Fixtures.values;
import static cascadekit.clean.Fixtures.visit;
import static cascadekit.clean.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class AuditLogTest {
  private final Table visits = visits(
      visit("V1", "Ana Silva", 1.72, 70.0, "F"),
      visit("V2", "Jan Nowak", 181.0, 80.0, "male"),
      visit("V3", "Jan Nowak", 181.0, 80.0, "male"));

  @Test
  void should_undo_a_step_and_leave_the_table_it_started_from_alone() {
    // GIVEN
    Cleaned metres = Units.convert(visits, "height_cm", t -> t.numberColumn("height_cm").isLessThan(3), m -> m * 100, 1, "height-metres");
    AuditLog log = AuditLog.empty().with(metres);
    // WHEN
    Cleaned undone = log.undo(metres.table(), "height-metres");
    // THEN
    assertThat(visits.doubleColumn("height_cm").get(0)).isEqualTo(1.72);
    assertThat(metres.table().doubleColumn("height_cm").get(0)).isEqualTo(172.0);
    assertThat(undone.table().doubleColumn("height_cm").get(0)).isEqualTo(1.72);
    assertThat(undone.changes()).containsExactly(new AuditEntry("V1", "height_cm", 172.0, 1.72, "height-metres"));
  }

  @Test
  void should_put_a_removed_row_back_in_its_place() {
    // GIVEN
    Cleaned dedup = ExactDuplicates.remove(visits);
    // WHEN
    Table back = AuditLog.empty().with(dedup).undo(dedup.table(), ExactDuplicates.RULE).table();
    // THEN
    assertThat(values(dedup.removed(), "visit_id")).containsExactly("V3");
    assertThat(cells(back)).isEqualTo(cells(visits));
  }

  @Test
  void should_put_rows_removed_out_of_order_back_in_their_places() {
    // GIVEN V3 removed before V2
    Table four = visits(visit("V1", "A", 1.0, 1.0, "F"), visit("V2", "B", 1.0, 1.0, "F"), visit("V3", "C", 1.0, 1.0, "F"),
        visit("V4", "D", 1.0, 1.0, "F"));
    Cleaned near = NearDuplicates.removeLater(four, List.of(new NearDuplicates.Pair("V1", "V3", 0),
        new NearDuplicates.Pair("V1", "V2", 0)));
    // WHEN
    Table back = AuditLog.empty().with(near).undo(near.table(), NearDuplicates.RULE).table();
    // THEN
    assertThat(values(near.table(), "visit_id")).containsExactly("V1", "V4");
    assertThat(values(back, "visit_id")).containsExactly("V1", "V2", "V3", "V4");
  }

  @Test
  void should_refuse_to_undo_a_step_whose_cells_a_later_step_changed() {
    // GIVEN sex canonicalised, then the same cell set missing
    Cleaned canonical = CategoryMap.of("F", "M").alias("male", "M").canonicalise(visits, "sex", "sex-categories").cleaned();
    Cleaned missing = Outliers.setMissing(canonical.table(), "sex", List.of("V2"), "drop-sex");
    AuditLog log = AuditLog.empty().with(canonical).with(missing);
    // WHEN
    Throwable refused = catchThrowable(() -> log.undo(missing.table(), "sex-categories"));
    // THEN
    assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("V2, column 'sex'");
    assertThat(cells(log.undo(log.undo(missing.table(), "drop-sex").table(), "sex-categories").table())).isEqualTo(cells(visits));
  }

  @Test
  void should_write_one_csv_record_per_entry(@TempDir Path folder) throws IOException {
    // GIVEN
    AuditLog log = AuditLog.empty().with(ExactDuplicates.remove(visits)).with(MissingMarkers.of("male").normalise(visits, List.of("sex")));
    // WHEN
    Path file = folder.resolve("reports/audit.csv");
    log.write(file);
    // THEN
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
        "row_id,column,before,after,rule",
        "V3,,row 3: V3|Jan Nowak|181.0|80.0|male,,exact-duplicates",
        "V2,sex,male,,missing-markers",
        "V3,sex,male,,missing-markers");
  }
}
