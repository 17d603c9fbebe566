package cascadekit.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes the text of a lock file, strictly: a first line {@code version <sha256>}, then
 * one line {@code <sha256> <size> <path>} per file, sorted by path. Every fault names its line and
 * field; nothing is guessed.
 */
final class LockFormat {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,17}");
  private static final String VERSION = "version ";

  private LockFormat() {}

  /** Returns the text of {@code lock}, one line per file after the version line. */
  static String format(DatasetLock lock) {
    StringBuilder text = new StringBuilder(VERSION).append(lock.version()).append('\n');
    for (LockedFile f : lock.files()) {
      text.append(f.sha256())
          .append(' ')
          .append(f.size())
          .append(' ')
          .append(f.path())
          .append('\n');
    }
    return text.toString();
  }

  /** Returns the lock that {@code lines}, read from {@code file}, describe. */
  static DatasetLock parse(Path file, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).startsWith(VERSION)) {
      throw new FileFormatException(file, 1, "version", "expected 'version <sha256>'");
    }
    String version = lines.get(0).substring(VERSION.length());
    if (!SHA256.matcher(version).matches()) {
      throw new FileFormatException(file, 1, "version", "not 64 lowercase hex digits: " + version);
    }
    List<LockedFile> files = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      LockedFile entry = entry(file, i + 1, lines.get(i));
      if (!files.isEmpty()
          && ContentHash.PATH_ORDER.compare(files.get(files.size() - 1).path(), entry.path())
              >= 0) {
        throw new FileFormatException(
            file,
            i + 1,
            "path",
            "repeated or out of order: "
                + entry.path()
                + " (paths are sorted by their UTF-8 bytes)");
      }
      files.add(entry);
    }
    if (files.isEmpty()) {
      throw new FileFormatException(file, 2, "path", "the lock lists no file");
    }
    String computed = ContentHash.ofDataset(files);
    if (!computed.equals(version)) {
      throw new FileFormatException(
          file, 1, "version", "does not match the files listed, which hash to " + computed);
    }
    return new DatasetLock(version, files);
  }

  /** Returns why {@code path} cannot be a lock file's relative path, if it cannot. */
  static Optional<String> pathProblem(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      return Optional.of("not a relative file path: '" + path + "'");
    }
    if (path.contains("\\") || path.contains("\n") || path.contains("\r")) {
      return Optional.of("a backslash or line break in '" + path + "'");
    }
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return Optional.of("an empty, '.' or '..' segment in '" + path + "'");
      }
    }
    return Optional.empty();
  }

  private static LockedFile entry(Path file, int line, String text) {
    String[] fields = text.split(" ", 3);
    if (fields.length < 3) {
      throw new FileFormatException(
          file, line, "sha256", "expected '<sha256> <size> <path>', got '" + text + "'");
    }
    if (!SHA256.matcher(fields[0]).matches()) {
      throw new FileFormatException(
          file, line, "sha256", "not 64 lowercase hex digits: " + fields[0]);
    }
    if (!SIZE.matcher(fields[1]).matches()) {
      throw new FileFormatException(file, line, "size", "not a size in bytes: " + fields[1]);
    }
    pathProblem(fields[2])
        .ifPresent(
            p -> {
              throw new FileFormatException(file, line, "path", p);
            });
    return new LockedFile(fields[2], fields[0], Long.parseLong(fields[1]), line);
  }
}
