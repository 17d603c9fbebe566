package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<Long> lines(String text) throws Exception {
    return CsvReader.of(Dialect.csv()).rows(write(text)).stream().map(CsvRow::line).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void should_give_each_record_the_line_it_starts_on_under_every_line_ending(String end) throws Exception {
    // GIVEN a blank line and a quoted line break, under one line ending
    String text = String.join(end, "id,note", "1,a", "", "2,\"b" + end + "c\"", "3,d", "");
    // WHEN / THEN
    assertThat(lines(text)).containsExactly(2L, 4L, 6L);
  }

  @Test
  void should_count_lines_under_mixed_endings_and_after_blank_lines() throws Exception {
    // WHEN / THEN
    assertThat(lines("id,value\r\n1,a\r2,b\n\n\r\n3,c\n")).containsExactly(2L, 3L, 6L);
    assertThat(lines("id,value\n\n1,bad\n")).containsExactly(3L);
  }

  @Test
  void should_drop_a_byte_order_mark_unless_told_to_keep_it() throws Exception {
    // GIVEN
    Path file = write("\uFEFF\"period\",n\n2023-01,4\n");
    // WHEN
    List<String> dropped = CsvReader.of(Dialect.csv()).rows(file).get(0).header().names();
    List<String> kept = CsvReader.of(Dialect.csv().keepingBom()).rows(file).get(0).header().names();
    // THEN
    assertThat(dropped).containsExactly("period", "n");
    assertThat(kept.get(0)).isEqualTo("\uFEFF\"period\"");
  }

  @Test
  void should_refuse_repeated_and_blank_header_names_with_their_columns() throws Exception {
    // WHEN / THEN
    assertThatThrownBy(() -> lines("id,age,id\n1,2,3\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("f.csv, line 1: header name 'id' in columns 1 and 3; names must be unique");
    assertThatThrownBy(() -> lines("id,,age\n1,2,3\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("f.csv, line 1, column 2: blank header name; name every column");
  }

  @Test
  void should_locate_quote_faults_where_they_are_not_where_the_parser_gave_up() throws Exception {
    // WHEN / THEN
    assertThatThrownBy(() -> lines("id,\"city\nA,B\n1,2\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("f.csv, line 1, column 4 (field 2): a quote opened here is never closed");
    assertThatThrownBy(() -> lines("id,city\n1,\"Oslo\"x\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("f.csv, line 2, column 9 (field 2): text after the closing quote of a field;"
            + " quote the whole field and double each quote inside it");
  }

  @Test
  void should_name_the_line_and_column_of_a_byte_outside_the_charset() throws Exception {
    // GIVEN windows-1252 bytes after a CR-only line break
    Path file = dir.resolve("w.csv");
    Files.write(file, new byte[] {'i', 'd', '\r', 'Z', (byte) 0xFC, 'r', '\r'});
    // WHEN / THEN
    assertThatThrownBy(() -> CsvReader.of(Dialect.csv()).rows(file))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("w.csv, line 2, column 2: byte 0xFC is not UTF-8");
  }

  @Test
  void should_quote_at_most_sixty_characters_of_a_huge_header() throws Exception {
    // GIVEN a 100,000-column header that lacks the column asked for
    String header = String.join(",", java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "c" + i).toList());
    Path file = write(header + "\n" + "1,".repeat(99_999) + "1\n");
    // WHEN / THEN
    assertThatThrownBy(() -> CsvReader.of(Dialect.csv()).forEach(file, new CsvReader.Handler() {
          @Override
          public void start(Header h) {
            h.require("f.csv", List.of("id"));
          }

          @Override
          public void accept(CsvRow row) {}
        }))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("f.csv, line 1: no column 'id' in the header [c0, c1, c2")
        .hasMessageEndingWith("... (788888 characters)]");
  }
}
