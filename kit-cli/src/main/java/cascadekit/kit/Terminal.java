package cascadekit.kit;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;

/**
 * What the kit can tell about where its output goes: whether it is a terminal, which charset it
 * prints in, and so how the output should look.
 *
 * <pre>{@code
 * Terminal.Looks looks = Terminal.looks(true, StandardCharsets.US_ASCII, false, false);
 * // colours, but PASS/FAIL and [####----]: an LC_ALL=C terminal cannot show ✓ or █
 * }</pre>
 */
final class Terminal {
  /** The characters a Unicode screen prints: bars and marks. */
  static final String UNICODE_SIGNS = "█░✓✗";

  private static final List<String> CHARSET_PROPERTIES =
      List.of("stdout.encoding", "sun.stdout.encoding", "native.encoding", "file.encoding");

  private Terminal() {}

  /**
   * How output looks.
   *
   * @param colour whether to use colours and other escape codes
   * @param unicode whether to draw bars and marks with Unicode signs rather than ASCII and words
   */
  record Looks(boolean colour, boolean unicode) {}

  /**
   * Returns how output looks: colour in a terminal unless {@code noColor} ({@code NO_COLOR}),
   * Unicode signs in a terminal whose {@code charset} can print them, neither with {@code plain}.
   */
  static Looks looks(boolean terminal, Charset charset, boolean noColor, boolean plain) {
    boolean dressed = terminal && !plain;
    return new Looks(dressed && !noColor, dressed && charset.newEncoder().canEncode(UNICODE_SIGNS));
  }

  /** Returns whether standard input and output are a terminal, as far as this JDK can tell. */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+ has a console even for a pipe and says whether it is a terminal; 17 has none then.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Returns the charset standard output prints in, as this JDK's system properties name it. */
  static Charset outputCharset() {
    for (String property : CHARSET_PROPERTIES) {
      String name = System.getProperty(property);
      try {
        if (name != null && Charset.isSupported(name)) {
          return Charset.forName(name);
        }
      } catch (IllegalCharsetNameException e) {
        // Try the next property.
      }
    }
    return Charset.defaultCharset();
  }

  /** Makes {@code System.out} and {@code System.err} print in {@link #outputCharset()}. */
  static void useOutputCharset() {
    Charset charset = outputCharset();
    System.setOut(printStream(FileDescriptor.out, charset));
    System.setErr(printStream(FileDescriptor.err, charset));
  }

  private static PrintStream printStream(FileDescriptor descriptor, Charset charset) {
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), true, charset);
  }
}
