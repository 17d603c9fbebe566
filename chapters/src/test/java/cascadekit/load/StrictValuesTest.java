package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictValuesTest {
  private static final Schema READINGS =
      Schema.of(Column.of("day", ColumnType.DATE), Column.of("value", ColumnType.DECIMAL), Column.of("n", ColumnType.INTEGER));

  @TempDir Path dir;

  private Loaded load(Schema schema, String text) throws Exception {
    Path file = dir.resolve("r.csv");
    Files.writeString(file, text);
    return CsvLoader.of(schema).load(file);
  }

  @Test
  void should_quarantine_impossible_dates_instead_of_moving_them_to_the_month_end() throws Exception {
    // WHEN
    Loaded loaded = load(READINGS, "day,value,n\n2021-04-31,1,1\n2023-02-30,1,1\n2024-02-29,1,1\n");
    // THEN
    assertThat(loaded.result().reconciliation()).isEqualTo("3 rows read = 1 kept + 2 quarantined");
    assertThat(loaded.result().quarantined()).containsExactly(
        new QuarantinedRow(2, "day", "2021-04-31", "no such date (a lenient parser would make it 2021-04-30)"),
        new QuarantinedRow(3, "day", "2023-02-30", "no such date (a lenient parser would make it 2023-02-28)"));
  }

  @Test
  void should_quarantine_nan_infinity_and_out_of_range_numbers_unless_the_column_allows_them() throws Exception {
    // GIVEN
    String text = "day,value,n\n2023-01-01,NaN,1\n2023-01-01,Infinity,1\n2023-01-01,1e309,1\n2023-01-01,2,9999999999\n";
    Schema allowing = Schema.of(Column.of("day", ColumnType.DATE),
        Column.of("value", ColumnType.DECIMAL).allowingNonFinite(), Column.of("n", ColumnType.TEXT));
    // WHEN
    Loaded strict = load(READINGS, text);
    Loaded declared = load(allowing, text);
    // THEN
    assertThat(strict.result().quarantined()).extracting(QuarantinedRow::reason).containsExactly(
        "not a finite number; declare the column allowingNonFinite() if it may hold NaN",
        "not a finite number; declare the column allowingNonFinite() if it may hold Infinity",
        "a decimal out of range (beyond ±1.8e308)",
        "a whole number out of range (beyond ±2147483647)");
    assertThat(declared.result().kept()).extracting(row -> row.get("value")).containsExactly(Double.NaN,
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 2.0);
  }

  @Test
  void should_refuse_a_year_of_era_pattern_that_strict_parsing_cannot_resolve() {
    // WHEN / THEN
    assertThatThrownBy(() -> READINGS.datePatterns("dd.MM.yyyy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date pattern 'dd.MM.yyyy' writes the year as y (year of era), which strict parsing cannot"
            + " resolve; write uuuu, as in uuuu-MM-dd");
  }

  @Test
  void should_load_iso_date_times_and_quarantine_impossible_ones() throws Exception {
    // GIVEN
    Schema stamps = Schema.of(Column.of("at", ColumnType.DATETIME).required());
    // WHEN
    Loaded loaded = load(stamps, "at\n2021-01-04T11:52:29\n2021-02-30T10:00:00\n2021-01-04 11:52\n");
    // THEN
    assertThat(loaded.table().dateTimeColumn("at").get(0)).as("the kept time")
        .isEqualTo(java.time.LocalDateTime.of(2021, 1, 4, 11, 52, 29));
    assertThat(loaded.result().quarantined()).extracting(QuarantinedRow::line).as("impossible or not ISO")
        .containsExactly(3L, 4L);
  }

  @Test
  void should_read_a_date_and_time_in_a_declared_pattern_after_iso_and_quarantine_other_text() throws Exception {
    // GIVEN a tool that writes day/month/year and another that writes ISO
    Schema schema = Schema.of(Column.of("at", ColumnType.DATETIME)).datePatterns("dd/MM/uuuu HH:mm");
    // WHEN
    Loaded loaded = load(schema, "at\n08/04/2024 07:05\n2024-04-08T07:13:00\n31/04/2024 07:05\n");
    // THEN
    assertThat(loaded.table().dateTimeColumn("at").asList()).as("date-times kept").containsExactly(
        java.time.LocalDateTime.of(2024, 4, 8, 7, 5), java.time.LocalDateTime.of(2024, 4, 8, 7, 13));
    assertThat(loaded.result().quarantined()).as("an impossible date is not moved to 30 April").containsExactly(
        new QuarantinedRow(4, "at", "31/04/2024 07:05", "not an ISO date and time (uuuu-MM-ddTHH:mm:ss)"));
  }
}
