package cascadekit.kit;

import java.io.PrintStream;

/**
 * Where the kit writes: with colours in a terminal, Unicode bars and marks where the terminal's
 * charset can show them, and plain ASCII text otherwise (a pipe, a file, CI, {@code --plain}).
 */
final class Screen {
  private final PrintStream out;
  private final boolean colour;
  private final boolean unicode;

  Screen(PrintStream out, boolean colour, boolean unicode) {
    this.out = out;
    this.colour = colour;
    this.unicode = unicode;
  }

  /** A screen with colours and Unicode signs both on, or both off. */
  Screen(PrintStream out, boolean fancy) {
    this(out, fancy, fancy);
  }

  /** Returns a screen on standard output that looks as {@link Terminal#looks} says. */
  static Screen detect(boolean plain) {
    Terminal.Looks looks =
        Terminal.looks(Terminal.isTerminal(), Terminal.outputCharset(), System.getenv("NO_COLOR") != null, plain);
    return new Screen(System.out, looks.colour(), looks.unicode());
  }

  /** Returns whether this screen is dressed for a terminal, with colours or Unicode signs. */
  boolean fancy() {
    return colour || unicode;
  }

  /** Prints one line. */
  void line(String text) {
    out.println(text);
  }

  /** Prints {@code text} without ending the line, for a question. */
  void prompt(String text) {
    out.print(text);
    out.flush();
  }

  /** Clears a terminal screen; does nothing in plain output. */
  void clear() {
    if (fancy()) {
      out.print("\u001b[H\u001b[2J");
      out.flush();
    }
  }

  /** Prints an empty line. */
  void blank() {
    out.println();
  }

  /** Returns {@code text} in green, in colour. */
  String good(String text) {
    return paint("32", text);
  }

  /** Returns {@code text} in red, in colour. */
  String bad(String text) {
    return paint("31", text);
  }

  /** Returns {@code text} in bold, in colour. */
  String bold(String text) {
    return paint("1", text);
  }

  /** Returns {@code text} dimmed, in colour. */
  String dim(String text) {
    return paint("2", text);
  }

  /** Returns the mark for a passing or failing test: ✓ or ✗ in Unicode, PASS or FAIL otherwise. */
  String mark(boolean passed) {
    if (!unicode) {
      return passed ? good("PASS") : bad("FAIL");
    }
    return passed ? good("✓") : bad("✗");
  }

  /** Returns a progress bar: {@code █████░░░░░} in Unicode, {@code [#####-----]} otherwise. */
  String bar(long done, long total, int width) {
    int filled = total == 0 ? 0 : (int) (width * done / total);
    if (!unicode) {
      return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
    return good("█".repeat(filled)) + "░".repeat(width - filled);
  }

  private String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
