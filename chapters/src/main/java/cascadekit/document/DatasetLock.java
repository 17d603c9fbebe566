package cascadekit.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A dataset's version and the files it is made of, as in {@code datasets/<name>/dataset.lock}.
 *
 * <p>The lock covers every regular file under the dataset's folder except the lock itself and the
 * folder's {@code DATASHEET.md} and {@code datasheet-answers.md}, which document the data. Its text is
 * UTF-8, one line per fact: {@code version <sha256>}, then {@code <sha256> <size> <path>} per file,
 * sorted by path. Hashes follow {@link ContentHash}.
 *
 * <pre>{@code
 * DatasetLock.of(folder).writeTo(folder);                  // lock what is there now
 * DatasetLock.check(folder).lines();   // => [changed: visits.csv (lock line 4)] after an edit
 * }</pre>
 *
 * @param version the dataset version: SHA-256 of the sorted (path, file hash) lines
 * @param files the files, sorted by path
 */
public record DatasetLock(String version, List<LockedFile> files) {
  /** The name of a dataset's lock file, in the dataset's folder. */
  public static final String FILE_NAME = "dataset.lock";

  private static final Set<String> NOT_LOCKED = Set.of(FILE_NAME, "DATASHEET.md", "datasheet-answers.md");

  /** Keeps an unmodifiable copy of {@code files}. */
  public DatasetLock {
    files = List.copyOf(files);
  }

  /** Returns the lock of the files now under {@code folder}, hashed from disk. */
  public static DatasetLock of(Path folder) {
    List<LockedFile> files = scan(folder);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no file to lock under " + folder);
    }
    return new DatasetLock(ContentHash.ofDataset(files), files);
  }

  /**
   * Returns how the files now under {@code folder} differ from its lock file, missing files
   * included; a lock file that cannot be parsed is a {@link FileFormatException}.
   */
  public static LockDiff check(Path folder) {
    return LockDiff.between(parse(folder), scan(folder));
  }

  /** Returns normally when {@link #check} finds no difference, and throws naming each one. */
  public static void requireUnchanged(Path folder) {
    LockDiff diff = check(folder);
    if (!diff.isEmpty()) {
      throw new IllegalStateException(
          folder.resolve(FILE_NAME)
              + " no longer matches the files: "
              + String.join("; ", diff.lines()));
    }
  }

  private static List<LockedFile> scan(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !(p.getParent().equals(folder) && isNotLocked(p)))
          .map(p -> hashed(folder, p))
          .sorted(Comparator.comparing(LockedFile::path, ContentHash.PATH_ORDER))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /**
   * Returns the lock written in {@code folder}'s lock file. A malformed line, or one naming a file
   * that is not on disk, is a {@link FileFormatException} naming its line and field.
   */
  public static DatasetLock read(Path folder) {
    DatasetLock lock = parse(folder);
    for (LockedFile f : lock.files()) {
      if (!Files.isRegularFile(folder.resolve(f.path()))) {
        throw new FileFormatException(
            folder.resolve(FILE_NAME),
            f.line(),
            "path",
            "names a file that is not on disk: " + f.path());
      }
    }
    return lock;
  }

  private static DatasetLock parse(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    try {
      return LockFormat.parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lock file " + file, e);
    }
  }

  /** Writes this lock to {@code folder}'s lock file and returns the file. */
  public Path writeTo(Path folder) {
    try {
      return Files.writeString(folder.resolve(FILE_NAME), text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(FILE_NAME), e);
    }
  }

  /** Returns the lock file's text. */
  public String text() {
    return LockFormat.format(this);
  }

  /** Returns the files changed, added and missing in {@code actual} against this lock. */
  public LockDiff diff(DatasetLock actual) {
    return LockDiff.between(this, actual.files());
  }

  private static boolean isNotLocked(Path file) {
    return NOT_LOCKED.contains(file.getFileName().toString());
  }

  private static LockedFile hashed(Path folder, Path file) {
    String path =
        folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    LockFormat.pathProblem(path)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("cannot lock " + file + ": " + p);
            });
    try {
      return new LockedFile(path, ContentHash.ofFile(file), Files.size(file), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
