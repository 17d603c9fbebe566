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
}
