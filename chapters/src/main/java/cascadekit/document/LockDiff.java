package cascadekit.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What differs between a lock and the files now on disk: each file changed (another hash or size),
 * added (not in the lock) and missing (in the lock, not on disk).
 *
 * @param changed the lock's entries whose file now differs
 * @param added the files on disk the lock does not list
 * @param missing the lock's entries with no file on disk
 */
public record LockDiff(List<LockedFile> changed, List<LockedFile> added, List<LockedFile> missing) {
  /** Keeps unmodifiable copies. */
  public LockDiff {
    changed = List.copyOf(changed);
    added = List.copyOf(added);
    missing = List.copyOf(missing);
  }

  /** Returns the difference of {@code actual} against {@code locked}. */
  static LockDiff between(DatasetLock locked, List<LockedFile> actual) {
    Map<String, LockedFile> now = byPath(actual);
    Map<String, LockedFile> before = byPath(locked.files());
    List<LockedFile> changed = new ArrayList<>();
    List<LockedFile> missing = new ArrayList<>();
    for (LockedFile f : locked.files()) {
      LockedFile current = now.get(f.path());
      if (current == null) {
        missing.add(f);
      } else if (!current.sha256().equals(f.sha256()) || current.size() != f.size()) {
        changed.add(f);
      }
    }
    List<LockedFile> added = actual.stream().filter(f -> !before.containsKey(f.path())).toList();
    return new LockDiff(changed, added, missing);
  }

  /** Returns whether the files on disk are exactly the locked ones. */
  public boolean isEmpty() {
    return changed.isEmpty() && added.isEmpty() && missing.isEmpty();
  }

  /** Returns one line per difference, such as {@code changed: visits.csv (lock line 4)}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    changed.forEach(f -> lines.add("changed: " + f.path() + " (lock line " + f.line() + ")"));
    added.forEach(f -> lines.add("added: " + f.path() + " (not in the lock)"));
    missing.forEach(f -> lines.add("missing: " + f.path() + " (lock line " + f.line() + ")"));
    return lines;
  }

  private static Map<String, LockedFile> byPath(List<LockedFile> files) {
    return files.stream().collect(Collectors.toMap(LockedFile::path, Function.identity()));
  }
}
