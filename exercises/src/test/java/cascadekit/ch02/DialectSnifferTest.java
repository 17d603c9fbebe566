package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.dialect-sniffer: a file's dialect from its first bytes")
class DialectSnifferTest {
  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }

  @Test
  @Tag("task:1")
  @DisplayName("a plain comma-separated file is comma-separated")
  void comma() {
    assertThat(DialectSniffer.delimiter("id,city,visits\n1,Oslo,3\n2,Malmö,5\n")).as("delimiter of a plain CSV").isEqualTo(',');
  }

  @Test
  @Tag("task:1")
  @DisplayName("semicolons with decimal commas are semicolon-separated")
  void semicolon() {
    String text = "id;city;wait\n1;Zürich;17,1\n2;Oslo;18,0\n";
    assertThat(DialectSniffer.delimiter(text)).as("delimiter of %s", text.replace("\n", "\\n")).isEqualTo(';');
  }

  @Test
  @Tag("task:1")
  @DisplayName("the steady candidate wins over the most frequent one")
  void steadyBeatsFrequent() {
    String text = "id\tnote\n1\tlate, very late, again\n2\tok, fine\n";
    assertThat(DialectSniffer.delimiter(text))
        .as("delimiter of a tab-separated file (expected '\\t', a tab) whose notes hold 3 commas, 2 on one line and 1 on the other, and 1 tab a line")
        .isEqualTo('\t');
  }

  @Test
  @Tag("task:1")
  @DisplayName("the header line alone does not decide: every line must agree")
  void everyLineCounts() {
    String text = "height, cm;weight, kg\n170;72,5\n181;80,0\n";
    assertThat(DialectSniffer.delimiter(text))
        .as("delimiter of %s: 2 commas in the header but 1 on the other lines, 1 semicolon on every line", text.replace("\n", "\\n"))
        .isEqualTo(';');
  }

  @Test
  @Tag("task:1")
  @DisplayName("of several steady candidates, the one that occurs most often on each line wins")
  void mostOftenAmongSteady() {
    String text = "id,name|city|zip\n1,Ada|Oslo|0150\n";
    assertThat(DialectSniffer.delimiter(text))
        .as("delimiter of %s: a comma once and a pipe twice on every line", text.replace("\n", "\\n"))
        .isEqualTo('|');
  }

  @Test
  @Tag("task:1")
  @DisplayName("of steady candidates that occur equally often, the first of ',', ';', tab, '|' wins")
  void tieGoesToTheFirstCandidate() {
    String text = "id,name|city\n1,Ada|Oslo\n2,Bo|Bergen\n";
    assertThat(DialectSniffer.delimiter(text))
        .as("delimiter of %s: a comma and a pipe, each once on every line; the comma comes first", text.replace("\n", "\\n"))
        .isEqualTo(',');
  }

  @Test
  @Tag("task:1")
  @DisplayName("an empty line between the rows is skipped, not counted as a line with no delimiter")
  void emptyLinesSkipped() {
    String text = "id;city\n1;Oslo\n\n2;Bergen\n";
    assertThat(DialectSniffer.delimiter(text))
        .as("delimiter of %s: a semicolon on every line that is not empty", text.replace("\n", "\\n"))
        .isEqualTo(';');
  }

  @Test
  @Tag("task:1")
  @DisplayName("with no steady candidate, a comma is assumed")
  void fallback() {
    assertThat(DialectSniffer.delimiter("just one column\nof text\n")).as("delimiter of text with no candidate at all").isEqualTo(',');
  }

  @Test
  @Tag("task:2")
  @DisplayName("a byte-order mark is found, and its absence too")
  void bom() {
    assertThat(DialectSniffer.hasBom(withBom("id\n")))
        .as("hasBom(EF BB BF 'i' 'd' '\\n'); Java bytes are signed, so compare with (byte) 0xEF, not 0xEF")
        .isTrue();
    assertThat(DialectSniffer.hasBom("id\n".getBytes(StandardCharsets.UTF_8))).as("hasBom of plain 'id\\n'").isFalse();
    assertThat(DialectSniffer.hasBom(new byte[] {(byte) 0xEF})).as("hasBom of a one-byte file: check the length first").isFalse();
    assertThat(DialectSniffer.hasBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .as("hasBom of the three mark bytes alone (an empty file saved with a mark)")
        .isTrue();
  }

  @Test
  @Tag("task:3")
  @DisplayName("the header's first name has no invisible mark glued to it")
  void headerWithoutMark() {
    assertThat(DialectSniffer.header(withBom("id,city\n1,Oslo\n")))
        .as("header of a file starting with a byte-order mark; decoded as is, the first name is \"\\uFEFFid\"")
        .containsExactly("id", "city");
  }

  @Test
  @Tag("task:3")
  @DisplayName("the header is split on the sniffed delimiter and keeps its non-ASCII names")
  void headerSplitOnSniffedDelimiter() {
    assertThat(DialectSniffer.header("stad;väntetid\nZürich;17,1\n".getBytes(StandardCharsets.UTF_8)))
        .as("header of a ;-separated UTF-8 file")
        .containsExactly("stad", "väntetid");
  }
}
