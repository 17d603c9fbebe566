package cascadekit.ch09;

import java.util.List;
import java.util.Map;

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
  private LockDiff() {}

  /** The paths whose hash changed, the paths added and the paths missing, each sorted. */
  public record Changes(List<String> changed, List<String> added, List<String> missing) {}

  /** Returns the lock's path -> hash entries, sorted by path; a bad line names its number. */
  public static Map<String, String> parse(List<String> lines) {
    // TODO: task 1: check each line's form, then split it into hash and path.
    throw new UnsupportedOperationException(
        "09.lock-diff: LockDiff.parse is not written yet; do task 1, then ./kit check 09.lock-diff");
  }

  /** Returns the changed, added and missing paths between two locks. */
  public static Changes diff(Map<String, String> before, Map<String, String> after) {
    // TODO: task 2: compare path by path, not line by line.
    throw new UnsupportedOperationException(
        "09.lock-diff: LockDiff.diff is not written yet; do task 2, then ./kit check 09.lock-diff");
  }

  /** Returns one line per changed, added and missing file, or ["unchanged"]. */
  public static List<String> describe(Changes changes) {
    // TODO: task 3: changed, then added, then missing.
    throw new UnsupportedOperationException(
        "09.lock-diff: LockDiff.describe is not written yet; do task 3, then ./kit check 09.lock-diff");
  }
}
