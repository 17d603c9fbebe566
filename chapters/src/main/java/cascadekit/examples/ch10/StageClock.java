package cascadekit.examples.ch10;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times each stage of a run: wall and CPU seconds of the thread that ran it, in the order they ran. */
final class StageClock {
  private final Map<String, double[]> seconds = new LinkedHashMap<>();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** Returns what {@code stage} gives, adding its wall and CPU time to {@code name}'s. */
  <T> T time(String name, Supplier<T> stage) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    T result = stage.get();
    double[] sum = seconds.computeIfAbsent(name, n -> new double[2]);
    sum[0] += (System.nanoTime() - wall) / 1e9;
    sum[1] += (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    return result;
  }

  /** Returns each stage's {wall, CPU} seconds, in the order the stages first ran. */
  Map<String, double[]> seconds() {
    return seconds;
  }
}
