package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PenguinsTest {
  @Test
  void should_account_for_every_row_of_the_real_file() {
    // WHEN
    LoadResult<Penguin> penguins = Penguins.read();
    // THEN: 344 data rows; the two with no measurements are quarantined at their file lines
    assertThat(penguins.rowsRead()).isEqualTo(344);
    assertThat(penguins.kept()).hasSize(342);
    assertThat(penguins.quarantined()).extracting(QuarantinedRow::line).containsExactly(5L, 273L);
    assertThat(penguins.reconciliation()).isEqualTo("344 rows read = 342 kept + 2 quarantined");
  }

  @Test
  void should_keep_file_line_numbers_and_typed_values(@TempDir Path dir) throws Exception {
    // GIVEN a header, a complete row, a row missing its body mass, and another complete row
    Path file = dir.resolve("p.csv");
    Files.write(
        file,
        List.of(
            "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year",
            "Adelie,Torgersen,39.1,18.7,181,3750,male,2007",
            "Gentoo,Biscoe,46.1,13.2,211,NA,female,2007",
            "Chinstrap,Dream,46.5,17.9,192,3500,female,2007"),
        StandardCharsets.UTF_8);
    // WHEN
    LoadResult<Penguin> loaded = Penguins.read(file);
    // THEN
    assertThat(loaded.kept()).extracting(Penguin::line).containsExactly(2L, 4L);
    assertThat(loaded.kept().get(1).bodyMassG()).isEqualTo(3500.0);
    assertThat(loaded.quarantined())
        .containsExactly(new QuarantinedRow(3, "body_mass_g", "NA", "missing measurement"));
  }

  @Test
  void should_quarantine_ragged_rows_and_values_that_are_not_numbers(@TempDir Path dir) throws Exception {
    // GIVEN a short row, a bill length written with a unit, and a year that is not one
    Path file = dir.resolve("p.csv");
    Files.writeString(
        file,
        "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year\n"
            + "Adelie,Torgersen,39.1\n"
            + "Adelie,Dream,39.1mm,18.7,181,3750,male,2007\n"
            + "Adelie,Dream,39.1,18.7,181,3750,male,07\n",
        StandardCharsets.UTF_8);
    // WHEN
    LoadResult<Penguin> loaded = Penguins.read(file);
    // THEN
    assertThat(loaded.kept()).isEmpty();
    assertThat(loaded.quarantined()).containsExactly(
        new QuarantinedRow(2, "", "Adelie,Torgersen,39.1", "expected 8 fields, found 3"),
        new QuarantinedRow(3, "bill_length_mm", "39.1mm", "not a measurement in millimetres or grams"),
        new QuarantinedRow(4, "year", "07", "not a year"));
  }
}
