package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.data.Datasets;
import cascadekit.load.QuarantinedRow;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
  private static final Schema CITIES =
      Schema.of(
          Column.of("id", ColumnType.INTEGER).required(),
          Column.of("city", ColumnType.TEXT).required().repairingMojibake(),
          Column.of("country", ColumnType.TEXT),
          Column.of("manager", ColumnType.TEXT),
          Column.of("visits", ColumnType.INTEGER),
          Column.of("mean_wait_min", ColumnType.DECIMAL));

  private static Path encodings(String file) {
    return Datasets.folder().resolve("encodings").resolve(file);
  }

  private static Loaded load(String file) {
    return CsvLoader.of(CITIES).load(encodings(file));
  }

  @Test
  void should_load_every_encoding_of_the_cities_table_to_the_same_text() {
    // WHEN
    Loaded utf8 = load("cities-utf8.csv");
    Loaded bom = load("cities-utf8-bom.csv");
    Loaded windows = CsvLoader.of(CITIES).charset(Charset.forName("windows-1252")).load(encodings("cities-windows-1252.csv"));
    Loaded mojibake = load("cities-mojibake.csv");
    // THEN
    assertThat(utf8.table().stringColumn("city").get(0)).isEqualTo("Zürich");
    for (Loaded other : new Loaded[] {bom, windows, mojibake}) {
      assertThat(other.table().stringColumn("city").asList()).isEqualTo(utf8.table().stringColumn("city").asList());
    }
    assertThat(mojibake.repairs()).first().isEqualTo(new CellRepair(2, "city", "ZÃ¼rich", "Zürich"));
    assertThat(utf8.repairs()).as("correct text is never repaired").isEmpty();
  }

  @Test
  void should_quarantine_ragged_rows_at_their_lines_as_the_expected_errors_say() {
    // WHEN
    Loaded ragged = load("malformed/ragged-rows.csv");
    Loaded embedded = load("malformed/embedded-newline.csv");
    // THEN (datasets/encodings/expected-errors.csv)
    assertThat(ragged.result().reconciliation()).isEqualTo("8 rows read = 6 kept + 2 quarantined");
    assertThat(ragged.result().quarantined()).extracting(QuarantinedRow::line, QuarantinedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "expected 6 fields, found 5"),
            org.assertj.core.groups.Tuple.tuple(7L, "expected 6 fields, found 7"));
    assertThat(embedded.result().quarantined()).extracting(QuarantinedRow::line, QuarantinedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "expected 6 fields, found 4"),
            org.assertj.core.groups.Tuple.tuple(5L, "expected 6 fields, found 3"));
  }

  @Test
  void should_keep_a_quoted_line_break_in_its_field_and_count_lines_past_it() throws Exception {
    // WHEN
    Loaded quoted = load("malformed/quoted-newline.csv");
    // THEN
    assertThat(quoted.result().reconciliation()).isEqualTo("8 rows read = 8 kept + 0 quarantined");
    assertThat(quoted.table().stringColumn("manager").get(2)).isEqualTo("Zofia\nWójcik");
    assertThat(quoted.result().kept()).extracting(Row::line).containsExactly(2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void should_fail_with_the_file_line_and_column_of_each_unreadable_file() {
    // WHEN / THEN
    assertThatThrownBy(() -> load("malformed/unbalanced-quote.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("unbalanced-quote.csv, line 3, column 3 (field 2): a quote opened here is never closed");
    assertThatThrownBy(() -> load("malformed/wrong-delimiter.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("wrong-delimiter.csv, line 1: expected 6 fields, found 1: the file looks ';'-separated");
    assertThatThrownBy(() -> load("malformed/empty.csv")).hasMessage("empty.csv: empty file: no header and no rows");
    assertThatThrownBy(() -> load("malformed/header-only.csv")).hasMessage("header-only.csv, line 1: a header and no data rows");
    assertThatThrownBy(() -> load("no-such-file.csv")).hasMessageStartingWith("no-such-file.csv: no such file");
    assertThatThrownBy(() -> load("cities-windows-1252.csv"))
        .hasMessageStartingWith("cities-windows-1252.csv, line 2, column 4: byte 0xFC is not UTF-8");
  }

  @Test
  void should_type_values_read_missing_markers_as_null_and_quarantine_what_does_not_fit(@TempDir Path dir) throws Exception {
    // GIVEN
    Schema schema = Schema.of(
            Column.of("id", ColumnType.TEXT).required(),
            Column.of("age", ColumnType.INTEGER),
            Column.of("seen", ColumnType.DATE),
            Column.of("sex", ColumnType.TEXT).allowing("F", "M"))
        .missingMarkers("", "NA")
        .datePatterns("uuuu-MM-dd", "dd.MM.uuuu");
    Path file = dir.resolve("v.csv");
    Files.writeString(file, "id,age,seen,sex\nA,41,2022-01-03,F\nB,NA,04.01.2022,M\nC,4l,2022-01-05,F\nNA,3,2022-01-06,F\nE,5,2022-01-07,female\n",
        StandardCharsets.UTF_8);
    // WHEN
    Loaded loaded = CsvLoader.of(schema).load(file);
    // THEN
    assertThat(loaded.result().reconciliation()).isEqualTo("5 rows read = 2 kept + 3 quarantined");
    assertThat(loaded.table().intColumn("age").isMissing().size()).isEqualTo(1);
    assertThat(loaded.table().dateColumn("seen").get(1)).isEqualTo(LocalDate.of(2022, 1, 4));
    assertThat(loaded.result().quarantined()).containsExactly(
        new QuarantinedRow(4, "age", "4l", "not a whole number"),
        new QuarantinedRow(5, "id", "NA", "missing required value"),
        new QuarantinedRow(6, "sex", "female", "not one of the allowed values [F, M]"));
  }

  @Test
  void should_load_a_file_without_a_header_by_schema_order(@TempDir Path dir) throws Exception {
    // GIVEN a headerless, semicolon-separated file
    Path file = dir.resolve("bare.csv");
    Files.writeString(file, "1;Oslo;Norway;;3;2.5\n2;Malmö;Sweden;;4;x\n", StandardCharsets.UTF_8);
    // WHEN
    Loaded loaded = CsvLoader.of(CITIES).dialect(Dialect.csv().delimiter(';').withoutHeader()).load(file);
    // THEN the first line is data, and each column is where the schema puts it
    assertThat(loaded.result().reconciliation()).isEqualTo("2 rows read = 1 kept + 1 quarantined");
    assertThat(loaded.table().stringColumn("city").get(0)).isEqualTo("Oslo");
    assertThat(loaded.result().quarantined()).containsExactly(new QuarantinedRow(2, "mean_wait_min", "x", "not a decimal number"));
  }
}
