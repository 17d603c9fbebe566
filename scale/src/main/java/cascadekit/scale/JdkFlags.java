package cascadekit.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Spark's {@code --add-opens} flags on Java 17. Without them Spark fails deep inside with
 * {@code IllegalAccessError ... sun.nio.ch.DirectBuffer}; {@link #require()} finds out before
 * Spark starts, by asking {@code java.base} whether each package is open to the kit's code.
 *
 * <pre>{@code
 * JdkFlags.require();           // passes, or: "Java was started without Spark's flags: add ..."
 * JdkFlags.commandLine();       // --add-opens=java.base/java.lang=ALL-UNNAMED ...
 * }</pre>
 */
public final class JdkFlags {
  private JdkFlags() {}

  /** Returns the flags as the {@code java} command takes them, space-separated. */
  public static String commandLine() {
    return String.join(" ", BuildInfo.jdkFlags());
  }

  /** Returns the packages of {@code java.base} Spark needs open, e.g. {@code sun.nio.ch}. */
  public static List<String> packages() {
    return BuildInfo.jdkFlags().stream().filter(f -> f.contains("/"))
        .map(f -> f.substring(f.indexOf('/') + 1, f.lastIndexOf('='))).toList();
  }

  /** Fails with a one-line {@link ScaleException} naming the flags to add unless every package is open to this code. */
  public static void require() {
    Module base = Object.class.getModule();
    Module kit = JdkFlags.class.getModule();
    require(p -> base.isOpen(p, kit));
  }

  /** Fails unless {@code isOpen} holds for every package; the check of {@link #require()}, testable. */
  static void require(Predicate<String> isOpen) {
    List<String> closed = new ArrayList<>();
    for (String p : packages()) {
      if (!isOpen.test(p)) {
        closed.add(p);
      }
    }
    if (!closed.isEmpty()) {
      throw new ScaleException("Java was started without Spark's flags (" + closed.size() + " packages closed, e.g. "
          + closed.get(0) + "): add to the java command, or run ./kit run 11, which adds them: " + commandLine());
    }
  }
}
