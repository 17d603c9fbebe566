package cascadekit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one engine in a JVM of its own, on this JVM's class path, so that each engine's peak
 * resident memory is its own process's and neither warms the other up.
 *
 * @param flags the JVM flags, e.g. {@code -XX:+UseSerialGC -Xmx192m}
 */
record ChildJvm(List<String> flags) {
  /** Returns what {@code main} printed when run on {@code file}; fails with its error output if it failed. */
  EngineResult run(Class<?> main, Path file) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), file.toString()));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(main.getSimpleName() + " failed with exit code " + process.exitValue());
      }
      return EngineResult.parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + main.getSimpleName() + " ran", e);
    }
  }
}
