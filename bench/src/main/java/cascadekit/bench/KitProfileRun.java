package cascadekit.bench;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run of the kit's streaming profiler over a CSV file, in its own JVM; prints an {@link EngineResult}. */
public final class KitProfileRun {
  private KitProfileRun() {}

  /** Profiles the file named by the first argument, reading "" and "NA" as missing. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    List<ColumnProfile> profiles = Profiler.read(Path.of(args[0]), Set.of("", "NA")).profiles();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> distinct = new LinkedHashMap<>();
    profiles.forEach(p -> distinct.put(p.name(), p.distinct()));
    new EngineResult(seconds, PeakMemory.residentKib(), distinct).print(System.out);
  }
}
