package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void should_repair_text_read_in_the_wrong_charset() {
    // GIVEN UTF-8 bytes decoded as Windows-1252
    String names = "Zürich São Paulo Kraków Ñuñoa Malmö Reykjavík € ⛲";
    String misread = new String(names.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    // WHEN / THEN
    assertThat(Mojibake.repair(misread)).isEqualTo(names);
    assertThat(Mojibake.isMojibake(misread)).isTrue();
  }

  @Test
  void should_repair_an_emoji_whose_bytes_windows_1252_leaves_undefined() {
    // GIVEN "⛲️" (U+26F2 U+FE0F) is E2 9B B2 EF B8 8F; a browser decodes 0x8F as U+008F
    String misread = "â›²ï¸\u008F";
    // WHEN / THEN
    assertThat(Mojibake.repair(misread)).isEqualTo("⛲\uFE0F");
  }

  @Test
  void should_leave_correct_text_alone() {
    // WHEN / THEN
    for (String correct : new String[] {"Zürich", "Oslo", "SÃO PAULO", "⛲", ""}) {
      assertThat(Mojibake.repair(correct)).as(correct).isEqualTo(correct);
      assertThat(Mojibake.isMojibake(correct)).as(correct).isFalse();
    }
  }
}
