package cascadekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident memory of this process, as Linux counts it: {@code VmHWM} in {@code /proc/self/status}. */
final class PeakMemory {
  private PeakMemory() {}

  /** Returns this process's peak resident set so far in KiB, or -1 where {@code /proc} does not tell it. */
  static long residentKib() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(-1);
    } catch (IOException | RuntimeException notLinux) {
      return -1;
    }
  }
}
