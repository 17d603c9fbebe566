package cascadekit.load;

import java.util.Arrays;
import java.util.Set;

/**
 * The crashes today's reader is known to have, by signature: the exception's class and the kit's
 * method that let it out. The reader is being rewritten; until then a normal build tolerates
 * these, and the fuzz profile ({@code -Dcascadekit.fuzz.knownCrashes=fail}) fails on them.
 */
final class KnownReaderCrashes {
  private static final Set<String> SIGNATURES =
      Set.of(
          // a ragged row: Profiler.read throws IllegalArgumentException, not LoadException
          "IllegalArgumentException at cascadekit.profile.Profiler.read",
          // an unbalanced quote or bytes that are not UTF-8: Profiler.read lets Commons CSV's error out
          "UncheckedIOException at cascadekit.profile.Profiler.read",
          // an unbalanced quote in the header: CsvLoader.load lets Commons CSV's error out
          "UncheckedIOException at cascadekit.load.CsvLoader.load");

  private KnownReaderCrashes() {}

  /** Returns whether {@code crash} is a known one and this build tolerates known crashes. */
  static boolean tolerates(RuntimeException crash) {
    return !"fail".equals(System.getProperty("cascadekit.fuzz.knownCrashes")) && SIGNATURES.contains(signature(crash));
  }

  /**
   * Returns the exception's class and the innermost kit method on its stack, e.g.
   * {@code IllegalArgumentException at cascadekit.profile.Profiler.read}.
   */
  static String signature(Throwable crash) {
    String where = Arrays.stream(crash.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("cascadekit."))
        .findFirst()
        .map(frame -> frame.getClassName() + "." + frame.getMethodName())
        .orElse("outside the kit");
    return crash.getClass().getSimpleName() + " at " + where;
  }
}
