package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.LoadException;
import cascadekit.load.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CsvSourceTest {
  private static final Schema SCHEMA = Schema.of(
          Column.of("visit_id", ColumnType.TEXT),
          Column.of("age", ColumnType.INTEGER),
          Column.of("sex", ColumnType.TEXT),
          Column.of("visit_date", ColumnType.DATE))
      .missingMarkers("", "NA");
  private static final Check CHECK = Check.error("visits")
      .isUnique("visit_id")
      .isComplete("sex")
      .isBetween("age", 0, 120)
      .isContainedIn("sex", Set.of("F", "M"))
      .hasMeanBetween("age", 0, 100)
      .hasQuantileBetween("age", 0.5, 0, 100)
      .hasDistinctCountBetween("sex", 1, 3)
      .isFresh("visit_date", Duration.ofDays(2), Instant.parse("2024-01-05T00:00:00Z"))
      .satisfies("adults only", row -> row.isMissing("age") || row.getInt("age") >= 18);

  @TempDir Path folder;

  @Test
  void should_give_a_streamed_file_the_results_of_the_same_file_loaded_as_a_table() throws IOException {
    // GIVEN a file with a duplicate id, a missing sex, an age out of range and a child
    Path file = write("visits.csv", "visit_id,sex,age,visit_date", "V1,F,34,2024-01-01", "V2,NA,130,2024-01-03",
        "V1,X,7,2024-01-02", "V4,M,NA,2023-12-30");
    Table table = CsvLoader.of(SCHEMA).load(file).table();
    // WHEN the same check runs on the stream and on the table
    ValidationResult streamed = ValidationSuite.on(file, SCHEMA).idColumn("visit_id").addCheck(CHECK).run();
    ValidationResult loaded = ValidationSuite.on(table).idColumn("visit_id").addCheck(CHECK).run();
    // THEN every result is the same, and the failures are the ones written into the file
    assertThat(streamed.results()).as("streamed results").isEqualTo(loaded.results());
    assertThat(streamed.failures()).extracting(ConstraintResult::constraint).as("failures")
        .containsExactly("visit_id is unique", "sex is complete", "age is between 0 and 120", "sex is in [F, M]",
            "adults only");
    assertThat(streamed.failures().get(4).failingIds()).as("the child's row").containsExactly("V1");
  }

  @Test
  void should_read_date_and_time_columns_in_a_streamed_file_as_the_loaded_table_does() throws IOException {
    // GIVEN applications with a date-and-time column, the newest on 2024-01-04 at 18:00
    Schema schema = Schema.of(Column.of("id", ColumnType.TEXT), Column.of("applied_at", ColumnType.DATETIME));
    Path file = write("loans.csv", "id,applied_at", "L1,2024-01-03T09:30:00", "L2,2024-01-04T18:00:00",
        "L3,2024-01-03T09:30:00");
    Check check = Check.error("loans")
        .isFresh("applied_at", Duration.ofHours(6), Instant.parse("2024-01-05T00:00:00Z"))
        .hasDistinctCountBetween("applied_at", 2, 2)
        .satisfies("applied in 2024", row -> row.getDateTime("applied_at").getYear() == 2024);
    // WHEN it runs on the stream and on the loaded table
    ValidationResult streamed = ValidationSuite.on(file, schema).idColumn("id").addCheck(check).run();
    ValidationResult loaded = ValidationSuite.on(CsvLoader.of(schema).load(file).table()).idColumn("id")
        .addCheck(check).run();
    // THEN both agree: six hours old at the limit passes, two distinct times, every row in 2024
    assertThat(streamed.results()).as("streamed results").isEqualTo(loaded.results());
    assertThat(streamed.passed()).as("verdict on %s", streamed.results()).isTrue();
  }

  @Test
  void should_stop_at_a_value_that_is_not_of_its_declared_type_naming_line_and_column() throws IOException {
    // GIVEN an age written as text on line 3
    Path file = write("bad.csv", "visit_id,sex,age,visit_date", "V1,F,34,2024-01-01", "V2,M,forty,2024-01-03");
    // WHEN / THEN
    assertThatThrownBy(() -> ValidationSuite.on(file, SCHEMA).addCheck(Check.error("ages").isBetween("age", 0, 120)).run())
        .as("unparsable age").isInstanceOf(LoadException.class).hasMessageContaining("bad.csv, line 3, column 'age'")
        .hasMessageContaining("forty");
  }

  @Test
  void should_refuse_a_check_on_a_column_the_schema_lacks_before_reading() {
    // GIVEN a file that does not even exist: the check is refused before any read
    Path file = folder.resolve("never-read.csv");
    // WHEN / THEN
    assertThatThrownBy(() -> ValidationSuite.on(file, SCHEMA).addCheck(Check.error("weights").isComplete("weight_kg")))
        .as("missing column").isInstanceOf(CheckDefinitionException.class).hasMessageContaining("'weight_kg'");
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(folder.resolve(name), (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
