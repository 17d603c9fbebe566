package cascadekit.ch09;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Exercise 09.content-hash: a file's version from its raw bytes, a directory's from its listing.
 *
 * <p>"Which version of the data did this model see?" has an answer only if the version comes
 * from the content: a date or a file name survives an edit. DVC 3 names a file's version by the
 * hash of its bytes exactly as they are on disk (DVC 2 first turned CRLF into LF, so two
 * different files shared a version). A directory's version is the hash of its sorted list of
 * (relative path, file hash): move, add, drop or edit one file and it changes.
 *
 * <p>Task 1. Return the SHA-256 of {@code file}'s raw bytes as 64 lowercase hex digits. Do not
 * read it as text: a CRLF file and its LF twin are two versions, and a binary file is bytes. A
 * file that cannot be read is an {@code UncheckedIOException} naming it.
 * <pre>{@code
 * ofFile(file holding "id,height\n1,1.72\n2,1.65\n")
 * // => "d03c29b8f7fc312f5a05cb19dfedf710f2c4c6f104b9f4b5c985b6ba5773e4b6"
 * }</pre>
 *
 * <p>Task 2. Return the listing of {@code files} (given in any order, each under {@code root}):
 * one line per file, {@code <file hash><two spaces><path relative to root>\n}, the path with
 * {@code /} between its parts, lines sorted by that path (String order). It is what
 * {@code sha256sum} prints, so a shell can check it:
 * {@code find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum}.
 * <pre>{@code
 * listing(root, [root/z/a.txt, root/b.txt])
 * // => "0263...13f  b.txt\n8742...5c7  z/a.txt\n"
 * }</pre>
 *
 * <p>Task 3. Return the version of the directory {@code root}: the SHA-256 (lowercase hex) of
 * the UTF-8 bytes of the listing of every regular file under it, at any depth.
 * <pre>{@code
 * ofDirectory(root)   // => sha256 of listing(root, every file under root)
 * }</pre>
 */
public final class ContentHash {
  private ContentHash() {}

  /** Returns the SHA-256 of {@code file}'s raw bytes, as lowercase hex. */
  public static String ofFile(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns one {@code <hash>  <relative/path>} line per file, sorted by path. */
  public static String listing(Path root, List<Path> files) {
    TreeMap<String, String> hashByPath = new TreeMap<>();
    for (Path file : files) {
      hashByPath.put(relative(root, file), ofFile(file));
    }
    StringBuilder text = new StringBuilder();
    hashByPath.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    return text.toString();
  }

  /** Returns the SHA-256 of the listing of every regular file under {@code root}. */
  public static String ofDirectory(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      return sha256(listing(root, files).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + root, e);
    }
  }

  private static String relative(Path root, Path file) {
    // join the parts with '/' whatever the platform's separator is
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
