package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.mojibake: undo a wrong charset, and only that")
class MojibakeTest {
  /** Returns {@code text} as it reads after its UTF-8 bytes are decoded as Windows-1252. */
  private static String misread(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("ZÃ¼rich is repaired to Zürich")
  void zurich() {
    assertThat(Mojibake.repair("ZÃ¼rich")).as("repair(\"ZÃ¼rich\")").isEqualTo("Zürich");
  }

  @Test
  @Tag("task:1")
  @DisplayName("every letter is repaired, not only the ones a lookup table lists")
  void anyLetter() {
    String names = "São Paulo, Kraków, Ñuñoa, Malmö, Reykjavík, Guðrún, Gdańsk";
    assertThat(Mojibake.repair(misread(names)))
        .as("repair of %s misread as Windows-1252 (%s)", names, misread(names))
        .isEqualTo(names);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a three-byte character is repaired too: â‚¬ is the euro sign")
  void euro() {
    assertThat(Mojibake.repair("12 â‚¬")).as("repair(\"12 â‚¬\"), the misread of \"12 €\"").isEqualTo("12 €");
  }

  @Test
  @Tag("task:2")
  @DisplayName("correct text is left alone: Zürich, Oslo and an emoji")
  void correctTextAlone() {
    assertThat(Mojibake.repair("Zürich")).as("repair(\"Zürich\"): ü is one Windows-1252 byte, FC, not UTF-8").isEqualTo("Zürich");
    assertThat(Mojibake.repair("Oslo")).as("repair(\"Oslo\")").isEqualTo("Oslo");
    assertThat(Mojibake.repair("Fountain ⛲"))
        .as("repair(\"Fountain ⛲\"): Windows-1252 has no byte for ⛲; a replacing encoder gives '?'")
        .isEqualTo("Fountain ⛲");
  }

  @Test
  @Tag("task:2")
  @DisplayName("correct text with Ã in it is left alone: SÃO PAULO")
  void legitimateTilde() {
    assertThat(Mojibake.repair("SÃO PAULO"))
        .as("repair(\"SÃO PAULO\"): its bytes C3 4F are not UTF-8; a lenient decoder gives S\\uFFFDO PAULO")
        .isEqualTo("SÃO PAULO");
  }

  @Test
  @Tag("task:3")
  @DisplayName("text misread twice is repaired fully")
  void twice() {
    assertThat(Mojibake.repairFully("ZÃƒÂ¼rich"))
        .as("repairFully(\"ZÃƒÂ¼rich\"), Zürich misread twice; one round gives ZÃ¼rich")
        .isEqualTo("Zürich");
  }

  @Test
  @Tag("task:3")
  @DisplayName("text misread three times is repaired fully: repeat until nothing changes")
  void thrice() {
    String thrice = misread(misread(misread("Malmö")));
    assertThat(Mojibake.repairFully(thrice))
        .as("repairFully(\"%s\"), Malmö misread three times; a fixed number of rounds is not enough", thrice)
        .isEqualTo("Malmö");
  }

  @Test
  @Tag("task:3")
  @DisplayName("repairing fully leaves correct text alone too")
  void fullyLeavesCorrectText() {
    assertThat(Mojibake.repairFully("Kraków")).as("repairFully(\"Kraków\")").isEqualTo("Kraków");
  }
}
