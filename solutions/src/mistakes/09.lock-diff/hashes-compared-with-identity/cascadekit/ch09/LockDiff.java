// Mistake: compares the two hashes with != instead of equals, so equal hashes read from two files count as changed
package cascadekit.ch09;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise 09.lock-diff: which files changed between two lock files.
 *
 * <p>A lock file records a dataset's version file by file: one line per file,
 * {@code <sha256><two spaces><relative path>}, as {@code sha256sum} prints it (64 lowercase hex
 * digits; the path may hold spaces). Comparing the lock written when a model was trained with one
 * written today says exactly what moved, instead of "the data changed somewhere".
 *
 * <p>Task 1. Read the lines of a lock file into a map from path to hash, sorted by path. Refuse a
 * malformed line, or a path listed twice, with an {@code IllegalArgumentException} whose message
 * starts {@code line <n>: } (the first line is line 1) and quotes the line.
 * <pre>{@code
 * parse(["d03c...e4b6  raw/visits.csv"])   // => {raw/visits.csv=d03c...e4b6}
 * parse([good, "D03C...E4B6 raw/visits.csv"])   // => IllegalArgumentException "line 2: ..."
 * }</pre>
 *
 * <p>Task 2. Compare the lock {@code before} with the lock {@code after}: a path in both with
 * another hash is changed, a path only in {@code after} is added, a path only in {@code before}
 * is missing. Each list sorted by path.
 * <pre>{@code
 * diff({a=1, b=2, c=3}, {a=1, b=9, d=4})   // => changed [b], added [d], missing [c]
 * }</pre>
 *
 * <p>Task 3. Describe the changes, one line per file: the changed files ({@code "changed <path>"}),
 * then the added, then the missing, each in path order; no change at all is {@code ["unchanged"]}.
 * <pre>{@code
 * describe(changed [b], added [d], missing [c])   // => ["changed b", "added d", "missing c"]
 * }</pre>
 */
public final class LockDiff {
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

  private LockDiff() {}

  /** The paths whose hash changed, the paths added and the paths missing, each sorted. */
  public record Changes(List<String> changed, List<String> added, List<String> missing) {}

  /** Returns the lock's path -> hash entries, sorted by path; a bad line names its number. */
  public static Map<String, String> parse(List<String> lines) {
    Map<String, String> hashByPath = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher entry = LINE.matcher(line);
      if (!entry.matches()) {
        throw bad(i, "expected '<64 lowercase hex digits>  <path>'", line);
      }
      if (hashByPath.put(entry.group(2), entry.group(1)) != null) {
        throw bad(i, "path listed twice", line);
      }
    }
    return hashByPath;
  }

  /** Returns the changed, added and missing paths between two locks. */
  public static Changes diff(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      if (!after.containsKey(path)) {
        missing.add(path);
      } else if (!before.containsKey(path)) {
        added.add(path);
      } else if (before.get(path) != after.get(path)) {
        changed.add(path);
      }
    }
    return new Changes(changed, added, missing);
  }

  /** Returns one line per changed, added and missing file, or ["unchanged"]. */
  public static List<String> describe(Changes changes) {
    List<String> lines = new ArrayList<>();
    changes.changed().forEach(path -> lines.add("changed " + path));
    changes.added().forEach(path -> lines.add("added " + path));
    changes.missing().forEach(path -> lines.add("missing " + path));
    return lines.isEmpty() ? List.of("unchanged") : lines;
  }

  private static IllegalArgumentException bad(int index, String reason, String line) {
    return new IllegalArgumentException("line " + (index + 1) + ": " + reason + ": '" + line + "'");
  }
}
