package cascadekit.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Run events for tests: run {@code n} has id {@code 0-...-n} and happens {@code n} s after 1970.
 */
public final class TestRuns {
  private TestRuns() {}

  /** Returns an event of run {@code n} of {@code job}, datasets named only, version fixed. */
  public static RunEvent run(EventType type, int n, String job, List<String> in, List<String> out) {
    return new RunEvent(
        type,
        Instant.EPOCH.plusSeconds(n),
        id(n),
        new RunEvent.Job("kit", job),
        datasets(in),
        datasets(out),
        Optional.empty(),
        "urn:test");
  }

  /** Returns the id of run {@code n}. */
  public static UUID id(int n) {
    return new UUID(0, n);
  }

  private static List<LineageDataset> datasets(List<String> names) {
    return names.stream()
        .map(n -> new LineageDataset("file", n, "0123456789abcdef", Optional.empty()))
        .toList();
  }
}
