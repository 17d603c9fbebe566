package cascadekit.clean;

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

class AuditLogTest {
  private final Rows rows = visits(
      visit("V1", "Ana Silva", 1.72, 70.0, "F"),
      visit("V2", "Jan Nowak", 181.0, 80.0, "male"),
      visit("V3", "Jan Nowak", 181.0, 80.0, "male"));

  @Test
  void should_undo_a_step_and_leave_the_rows_it_started_from_alone() {
    // GIVEN
    Cleaned metres = Units.convert(rows, "height_cm", r -> Values.number(r, "height_cm") < 3, m -> m * 100, 1, "height-metres");
    AuditLog log = AuditLog.empty().with(metres);
    // WHEN
    Cleaned undone = log.undo(metres.rows(), "height-metres");
    // THEN
    assertThat(rows.get("V1").get("height_cm")).isEqualTo(1.72);
    assertThat(metres.rows().get("V1").get("height_cm")).isEqualTo(172.0);
    assertThat(undone.rows().get("V1").get("height_cm")).isEqualTo(1.72);
    assertThat(undone.changes()).containsExactly(new AuditEntry("V1", "height_cm", 172.0, 1.72, "height-metres"));
  }

  @Test
  void should_put_a_removed_row_back_in_its_place() {
    // GIVEN
    Cleaned dedup = ExactDuplicates.remove(rows);
    // WHEN
    Rows back = AuditLog.empty().with(dedup).undo(dedup.rows(), ExactDuplicates.RULE).rows();
    // THEN
    assertThat(dedup.removed()).extracting(r -> r.get("visit_id")).containsExactly("V3");
    assertThat(back.list()).isEqualTo(rows.list());
  }

  @Test
  void should_refuse_to_undo_a_step_whose_cells_a_later_step_changed() {
    // GIVEN sex canonicalised, then the same cell set missing
    Cleaned canonical = CategoryMap.of("F", "M").alias("male", "M").canonicalise(rows, "sex", "sex-categories").cleaned();
    Cleaned missing = Outliers.setMissing(canonical.rows(), "sex", List.of("V2"), "drop-sex");
    AuditLog log = AuditLog.empty().with(canonical).with(missing);
    // WHEN
    Throwable refused = catchThrowable(() -> log.undo(missing.rows(), "sex-categories"));
    // THEN
    assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("V2, column 'sex'");
    assertThat(log.undo(log.undo(missing.rows(), "drop-sex").rows(), "sex-categories").rows().list()).isEqualTo(rows.list());
  }

  @Test
  void should_write_one_csv_record_per_entry(@TempDir Path folder) throws IOException {
    // GIVEN
    AuditLog log = AuditLog.empty().with(ExactDuplicates.remove(rows)).with(MissingMarkers.of("male").normalise(rows, List.of("sex")));
    // WHEN
    Path file = folder.resolve("reports/audit.csv");
    log.write(file);
    // THEN
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
        "row_id,column,before,after,rule",
        "V3,,line 4: V3|Jan Nowak|181.0|80.0|male,,exact-duplicates",
        "V2,sex,male,,missing-markers",
        "V3,sex,male,,missing-markers");
  }
}
