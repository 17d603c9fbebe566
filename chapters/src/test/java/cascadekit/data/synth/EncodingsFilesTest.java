package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.CsvTestFiles;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks that the files of {@code encodings} hold one table and break where they say. */
class EncodingsFilesTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern FIELD_COUNT =
      Pattern.compile("expected (\\d+) fields, found (\\d+)");

  @Test
  void should_hold_the_same_text_in_every_encoding() throws IOException {
    // GIVEN the UTF-8 table
    String utf8 = text("cities-utf8.csv", StandardCharsets.UTF_8);
    // WHEN the other files are decoded the way they were written
    byte[] bom = Files.readAllBytes(Datasets.path("encodings/cities-utf8-bom.csv"));
    String windows = text("cities-windows-1252.csv", WINDOWS_1252);
    String mojibake = text("cities-mojibake.csv", StandardCharsets.UTF_8);
    // THEN each is the same table, in its own bytes
    assertThat(Arrays.copyOf(bom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8)).isEqualTo(utf8);
    assertThat(windows).contains("\r\n").isEqualTo(utf8.replace("\n", "\r\n"));
    assertThat(mojibake)
        .contains("ZÃ¼rich")
        .isEqualTo(new String(utf8.getBytes(StandardCharsets.UTF_8), WINDOWS_1252));
  }

  @Test
  void should_have_each_field_count_error_where_expected_errors_says() throws IOException {
    // GIVEN the expected errors that name a field count, and the table's six columns
    int columns = CsvTestFiles.rows("encodings/cities-utf8.csv").get(0).size();
    for (Map<String, String> error : CsvTestFiles.rows("encodings/expected-errors.csv")) {
      Matcher m = FIELD_COUNT.matcher(error.get("error"));
      if (!m.find()) {
        continue;
      }
      // WHEN the named line is split on commas
      List<String> lines = Files.readAllLines(Datasets.path("encodings/" + error.get("file")));
      String line = lines.get(Integer.parseInt(error.get("line")) - 1);
      // THEN it has the stated number of fields, not the table's
      assertThat(line.split(",", -1))
          .as(error.get("file") + " line " + error.get("line"))
          .hasSize(Integer.parseInt(m.group(2)));
      assertThat(Integer.parseInt(m.group(1))).isEqualTo(columns);
    }
  }

  @Test
  void should_hold_the_valid_and_the_empty_cases_as_described() throws IOException {
    // GIVEN the quoted-newline, wrong-delimiter, empty and header-only files
    // WHEN they are read
    List<Map<String, String>> quoted =
        CsvTestFiles.rows(Datasets.path("encodings/malformed/quoted-newline.csv"));
    List<String> semicolons =
        Files.readAllLines(Datasets.path("encodings/malformed/wrong-delimiter.csv"));
    // THEN they are what expected-errors.csv says
    assertThat(quoted).hasSize(8).allSatisfy(row -> assertThat(row).hasSize(6));
    assertThat(quoted.get(2).get("manager")).contains("\n");
    assertThat(semicolons.get(0).split(";")).hasSize(6);
    assertThat(semicolons.get(0)).doesNotContain(",");
    assertThat(Files.size(Datasets.path("encodings/malformed/empty.csv"))).isZero();
    assertThat(Files.readAllLines(Datasets.path("encodings/malformed/header-only.csv"))).hasSize(1);
  }

  private static String text(String file, Charset charset) throws IOException {
    return Files.readString(Datasets.path("encodings/" + file), charset);
  }
}
