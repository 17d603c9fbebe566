// Mistake: builds the reconciliation line without checking that read equals kept plus quarantined.
package cascadekit.ch02;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercise 02.quarantine: a loader that sets bad rows aside, with reasons, and loses none.
 *
 * <p>The records come from a CSV parser, each with the line it starts on; the first is the
 * header. A record that cannot be kept is quarantined with its line and one reason, so that
 * rows read = rows kept + rows quarantined, always. Dropping a row without a word is the bug.
 *
 * <p>Task 1. Keep each record with as many fields as the header; quarantine the others with the
 * reason {@code "expected N fields, found M"}. The header is not a row.
 * <pre>{@code
 * load([header id,city,visits (line 1), V1,Oslo,3 (line 2), V2,Malmö (line 3)])
 *     // => kept [line 2]; quarantined [line 3: expected 3 fields, found 2]
 * }</pre>
 *
 * <p>Task 2. Quarantine too a record whose id (its first field) is blank, with the reason
 * {@code "missing id"}, or repeats the id of a record kept earlier, with the reason
 * {@code "duplicate id V1, first on line 2"}. One reason per record: the first that applies, in
 * the order field count, missing id, duplicate id.
 *
 * <p>Task 3. Return the reconciliation of an outcome, {@code "4 read = 2 kept + 2 quarantined"},
 * and throw an {@code IllegalStateException} naming the three numbers when they do not add up.
 * <pre>{@code
 * reconcile(new Outcome(5, kept of 2, quarantined of 2))   // => IllegalStateException: 5 read but 2 kept + 2 quarantined
 * }</pre>
 */
public final class Quarantine {
  private Quarantine() {}

  /** A parsed record and the 1-based line it starts on. */
  public record RawRecord(long line, List<String> fields) {}

  /** A record set aside, with its line and reason. */
  public record Quarantined(long line, String reason) {}

  /** What loading gave: rows read (header excluded), kept and quarantined. */
  public record Outcome(long read, List<RawRecord> kept, List<Quarantined> quarantined) {}

  /** Returns the records kept and quarantined; {@code records.get(0)} is the header. */
  public static Outcome load(List<RawRecord> records) {
    int width = records.get(0).fields().size();
    List<RawRecord> kept = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    Map<String, Long> firstLineOfId = new HashMap<>();
    // Start after the header: it names the columns and is not a row of data.
    for (RawRecord record : records.subList(1, records.size())) {
      String reason = reasonToQuarantine(record, width, firstLineOfId);
      if (reason != null) {
        // Set aside with its line and reason, never skipped: someone must be able to fix it.
        quarantined.add(new Quarantined(record.line(), reason));
      } else {
        kept.add(record);
        firstLineOfId.put(record.fields().get(0), record.line());
      }
    }
    return new Outcome(records.size() - 1, kept, quarantined);
  }

  /** Returns {@code "N read = K kept + Q quarantined"}, or fails when the numbers do not add up. */
  public static String reconcile(Outcome outcome) {
    int kept = outcome.kept().size();
    int quarantined = outcome.quarantined().size();
    return outcome.read() + " read = " + kept + " kept + " + quarantined + " quarantined";
  }

  /** Returns why {@code record} cannot be kept, the first reason that applies, or null. */
  private static String reasonToQuarantine(RawRecord record, int width, Map<String, Long> firstLineOfId) {
    if (record.fields().size() != width) {
      return "expected " + width + " fields, found " + record.fields().size();
    }
    String id = record.fields().get(0);
    if (id.isBlank()) {
      return "missing id";
    }
    // Only ids of kept records count: a quarantined record does not claim its id.
    Long first = firstLineOfId.get(id);
    return first == null ? null : "duplicate id " + id + ", first on line " + first;
  }
}
