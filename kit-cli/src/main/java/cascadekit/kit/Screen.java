package cascadekit.kit;

import java.io.PrintStream;

/**
 * Where the kit writes: with colours and bars in a terminal, plain text otherwise (a pipe, a
 * file, CI, or {@code --plain}).
 */
final class Screen {
  private final PrintStream out;
  private final boolean fancy;

  Screen(PrintStream out, boolean fancy) {
    this.out = out;
    this.fancy = fancy;
  }

  /** Returns a screen on standard output, fancy only in a terminal without {@code --plain} or {@code NO_COLOR}. */
  static Screen detect(boolean plain) {
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    return new Screen(System.out, terminal && !plain);
  }

  /** Returns whether this screen uses colours and bars. */
  boolean fancy() {
    return fancy;
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
    if (fancy) {
      out.print("\u001b[H\u001b[2J");
      out.flush();
    }
  }

  /** Prints an empty line. */
  void blank() {
    out.println();
  }

  /** Returns {@code text} in green, in a terminal. */
  String good(String text) {
    return paint("32", text);
  }

  /** Returns {@code text} in red, in a terminal. */
  String bad(String text) {
    return paint("31", text);
  }

  /** Returns {@code text} in bold, in a terminal. */
  String bold(String text) {
    return paint("1", text);
  }

  /** Returns {@code text} dimmed, in a terminal. */
  String dim(String text) {
    return paint("2", text);
  }

  /** Returns the mark for a passing or failing test. */
  String mark(boolean passed) {
    if (!fancy) {
      return passed ? "PASS" : "FAIL";
    }
    return passed ? good("✓") : bad("✗");
  }

  /** Returns a progress bar, {@code [#####-----]} as plain text. */
  String bar(long done, long total, int width) {
    int filled = total == 0 ? 0 : (int) (width * done / total);
    if (!fancy) {
      return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
    return good("█".repeat(filled)) + "░".repeat(width - filled);
  }

  private String paint(String code, String text) {
    return fancy ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
