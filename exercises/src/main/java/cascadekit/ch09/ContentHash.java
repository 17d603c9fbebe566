package cascadekit.ch09;

import java.nio.file.Path;
import java.util.List;

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
    // TODO: task 1: digest the bytes exactly as they are on disk.
    throw new UnsupportedOperationException(
        "09.content-hash: ContentHash.ofFile is not written yet; do task 1, then ./kit check 09.content-hash");
  }

  /** Returns one {@code <hash>  <relative/path>} line per file, sorted by path. */
  public static String listing(Path root, List<Path> files) {
    // TODO: task 2: relative paths with '/', sorted, each with its file's hash.
    throw new UnsupportedOperationException(
        "09.content-hash: ContentHash.listing is not written yet; do task 2, then ./kit check 09.content-hash");
  }

  /** Returns the SHA-256 of the listing of every regular file under {@code root}. */
  public static String ofDirectory(Path root) {
    // TODO: task 3: walk the tree, list its files, hash the listing.
    throw new UnsupportedOperationException(
        "09.content-hash: ContentHash.ofDirectory is not written yet; do task 3, then ./kit check 09.content-hash");
  }
}
