package cascadekit.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one engine's run gave: its wall time for the profile, its process's peak resident memory
 * and its distinct count per column. A child JVM prints it, the comparison parses it back.
 *
 * @param seconds the wall time from opening the file to the finished profile
 * @param peakKib the child process's peak resident memory (VmHWM), in KiB
 * @param distinct the distinct count the engine reports per column
 */
record EngineResult(double seconds, long peakKib, Map<String, Long> distinct) {
  /** Prints this result as lines {@link #parse} reads back. */
  void print(PrintStream out) {
    out.println("seconds " + seconds);
    out.println("peak-kib " + peakKib);
    distinct.forEach((column, count) -> out.println("distinct " + column + " " + count));
  }

  /** Returns the result printed as {@code lines} by {@link #print}. */
  static EngineResult parse(List<String> lines) {
    double seconds = Double.NaN;
    long peakKib = -1;
    Map<String, Long> distinct = new LinkedHashMap<>();
    for (String line : lines) {
      String[] words = line.split(" ");
      switch (words[0]) {
        case "seconds" -> seconds = Double.parseDouble(words[1]);
        case "peak-kib" -> peakKib = Long.parseLong(words[1]);
        case "distinct" -> distinct.put(words[1], Long.parseLong(words[2]));
        default -> throw new IllegalStateException("unexpected line from the engine's JVM: " + line);
      }
    }
    return new EngineResult(seconds, peakKib, distinct);
  }

  /** Returns the column whose distinct count is furthest from {@code exact}, and how far: 0.087 is 8.7%. */
  Map.Entry<String, Double> largestError(Map<String, Long> exact) {
    return exact.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), error(distinct.getOrDefault(e.getKey(), 0L), e.getValue())))
        .max(Map.Entry.comparingByValue())
        .orElseThrow();
  }

  private static double error(long counted, long exact) {
    return Math.abs(counted - exact) / (double) exact;
  }
}
