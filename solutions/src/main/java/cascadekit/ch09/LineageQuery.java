package cascadekit.ch09;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exercise 09.lineage-query: which steps and inputs produced this file?
 *
 * <p>A model's test accuracy drops, and the question is where its test split came from. The run
 * events of every step hold the answer, but only transitively: the split came from the joined
 * file, which came from the cleaned file, which came from the raw export. Stopping at the direct
 * parent blames the last step for what the first one did.
 *
 * <p>Here an event is already read from its JSON line: its type ({@code START}, {@code COMPLETE}
 * or {@code FAIL}), run id, job name, and input and output file names. Only a COMPLETE event
 * produced its outputs: a FAIL may name the outputs it meant to write, but it wrote nothing
 * anyone should trust.
 *
 * <p>Task 1. Map each file to the COMPLETE event that produced it, sorted by file. When two
 * COMPLETE events produced one file, the later one in the list wins (it overwrote the file).
 * <pre>{@code
 * producers([COMPLETE load [raw.csv] -> [loaded.csv], FAIL fast [x.csv] -> [loaded.csv]])
 * // => {loaded.csv=COMPLETE load ...}
 * }</pre>
 *
 * <p>Task 2. Return what produced {@code file}: every job whose COMPLETE output it descends from,
 * each once, in the order of their events in the list; and the raw inputs (files no COMPLETE
 * event produced) it descends from, sorted. A raw file is its own only input. Refuse a file no
 * COMPLETE event reads or writes with an {@code IllegalArgumentException} naming it, and a file
 * that descends from itself with an {@code IllegalStateException} whose message says "cycle" and
 * names a file on it. A file reached by two paths (a diamond) is no cycle.
 * <pre>{@code
 * provenance(events, "split/train.csv")
 * // => steps [load, clean, split], inputs [raw/units.yaml, raw/visits.csv]
 * }</pre>
 */
public final class LineageQuery {
  private LineageQuery() {}

  /** A run event, read from its JSON line. */
  public record Event(String type, String runId, String job, List<String> inputs, List<String> outputs) {}

  /** The jobs that produced a file, in run order, and the raw files it came from, sorted. */
  public record Provenance(List<String> steps, List<String> inputs) {}

  /** Returns each file's producing COMPLETE event, the later one when two produced it. */
  public static Map<String, Event> producers(List<Event> events) {
    Map<String, Event> producers = new TreeMap<>();
    for (Event event : events) {
      if (event.type().equals("COMPLETE")) {
        event.outputs().forEach(output -> producers.put(output, event));
      }
    }
    return producers;
  }

  /** Returns the steps and raw inputs {@code file} descends from, transitively. */
  public static Provenance provenance(List<Event> events, String file) {
    Map<String, Event> producers = producers(events);
    boolean known = producers.containsKey(file) || events.stream()
        .anyMatch(e -> e.type().equals("COMPLETE") && e.inputs().contains(file));
    if (!known) {
      throw new IllegalArgumentException("no completed run reads or writes " + file);
    }
    Walk walk = new Walk(producers);
    walk.visit(file);
    Set<String> jobs = new LinkedHashSet<>();
    for (Event event : events) {
      if (walk.runs.contains(event)) {
        jobs.add(event.job());
      }
    }
    return new Provenance(new ArrayList<>(jobs), new ArrayList<>(walk.raw));
  }

  /** A depth-first walk from a file back to its raw inputs, recording the runs on the way. */
  private static final class Walk {
    private final Map<String, Event> producers;
    private final Set<String> onPath = new HashSet<>();
    private final Set<String> done = new HashSet<>();
    private final Set<Event> runs = new HashSet<>();
    private final Set<String> raw = new TreeSet<>();

    Walk(Map<String, Event> producers) {
      this.producers = producers;
    }

    void visit(String file) {
      Event producer = producers.get(file);
      if (producer == null) {
        raw.add(file);
        return;
      }
      if (!onPath.add(file)) {
        throw new IllegalStateException("cycle: " + file + " descends from itself");
      }
      if (done.add(file)) {
        runs.add(producer);
        producer.inputs().forEach(this::visit);
      }
      onPath.remove(file);
    }
  }
}
