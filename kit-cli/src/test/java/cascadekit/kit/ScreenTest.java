package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScreenTest {
  @Test
  void should_print_plain_text_without_escape_codes_when_not_fancy() {
    // GIVEN
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Screen screen = new Screen(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    // WHEN
    screen.clear();
    screen.line(screen.good("ok") + screen.bad("no") + screen.bold("b") + screen.dim("d") + screen.mark(true) + screen.bar(1, 4, 8));
    // THEN
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("oknobdPASS[##------]" + System.lineSeparator());
  }

  @Test
  void should_use_colours_and_block_bars_in_a_terminal() {
    // GIVEN
    Screen screen = new Screen(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
    // WHEN / THEN
    assertThat(screen.good("ok")).isEqualTo("\u001b[32mok\u001b[0m");
    assertThat(screen.bar(2, 4, 4)).isEqualTo("\u001b[32m██\u001b[0m░░");
  }

  @Test
  void should_draw_ascii_bars_and_words_when_the_charset_is_ascii() {
    // GIVEN an LC_ALL=C terminal: colours, but no Unicode signs
    Terminal.Looks looks = Terminal.looks(true, StandardCharsets.US_ASCII, true, false);
    Screen screen = new Screen(System.out, looks.colour(), looks.unicode());
    // WHEN / THEN
    assertThat(screen.bar(4, 8, 8)).isEqualTo("[####----]");
    assertThat(screen.mark(true)).isEqualTo("PASS");
    assertThat(screen.mark(false)).isEqualTo("FAIL");
  }

  @Test
  void should_colour_the_words_in_an_ascii_terminal_with_colour() {
    // GIVEN
    Terminal.Looks looks = Terminal.looks(true, StandardCharsets.US_ASCII, false, false);
    Screen screen = new Screen(System.out, looks.colour(), looks.unicode());
    // WHEN / THEN
    assertThat(screen.mark(false)).isEqualTo("\u001b[31mFAIL\u001b[0m");
  }

  @Test
  void should_draw_unicode_bars_and_marks_in_a_utf_8_terminal() {
    // GIVEN
    Terminal.Looks looks = Terminal.looks(true, StandardCharsets.UTF_8, true, false);
    Screen screen = new Screen(System.out, looks.colour(), looks.unicode());
    // WHEN / THEN
    assertThat(screen.bar(4, 8, 8)).isEqualTo("████░░░░");
    assertThat(screen.mark(true)).isEqualTo("✓");
    assertThat(screen.mark(false)).isEqualTo("✗");
  }
}
