package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTest {
  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final Charset ASCII = StandardCharsets.US_ASCII;

  @Test
  void should_dress_a_utf_8_terminal_in_colour_and_unicode() {
    // WHEN / THEN
    assertThat(Terminal.looks(true, UTF_8, false, false)).isEqualTo(new Terminal.Looks(true, true));
  }

  @Test
  void should_keep_colour_but_drop_unicode_in_an_ascii_terminal() {
    // WHEN / THEN
    assertThat(Terminal.looks(true, ASCII, false, false)).isEqualTo(new Terminal.Looks(true, false));
  }

  @Test
  void should_drop_only_colour_with_no_color() {
    // WHEN / THEN
    assertThat(Terminal.looks(true, UTF_8, true, false)).isEqualTo(new Terminal.Looks(false, true));
  }

  @Test
  void should_print_plain_text_with_plain_or_into_a_pipe() {
    // WHEN / THEN
    assertThat(Terminal.looks(true, UTF_8, false, true)).as("--plain").isEqualTo(new Terminal.Looks(false, false));
    assertThat(Terminal.looks(false, UTF_8, false, false)).as("a pipe").isEqualTo(new Terminal.Looks(false, false));
  }

  @Test
  void should_find_the_charset_latin_1_cannot_print_the_signs_in() {
    // WHEN / THEN
    assertThat(Terminal.looks(true, StandardCharsets.ISO_8859_1, false, false).unicode()).isFalse();
  }
}
