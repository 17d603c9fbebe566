package cascadekit.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Content hashes, with DVC 3's rule: a file's version is the hash of its raw bytes, and a dataset's
 * version is the hash of its sorted list of (relative path, file hash).
 *
 * <p>A file hash is SHA-256 over the bytes exactly as they are on disk: no line-ending
 * normalisation, so {@code "a\r\n"} and {@code "a\n"} are two versions. DVC 3 does the same (with
 * MD5); DVC 2 first ran "dos2unix" on any file it guessed was text, so a CRLF and an LF copy shared
 * one hash and the hash did not match {@code md5sum}.
 *
 * <p>A dataset version is SHA-256 over the lines {@code <file sha256><2 spaces><path>\n}, one per
 * file, in UTF-8, sorted by the path's UTF-8 bytes, paths relative with {@code /}: exactly what
 * {@code sha256sum} prints, so a shell reproduces it (DVC 3 hashes a JSON list of the same pairs
 * instead):
 *
 * <pre>{@code
 * cd datasets/penguins && find . -type f ! -path ./dataset.lock ! -path ./DATASHEET.md \
 *   ! -path ./datasheet-answers.md \
 *   | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum
 * }</pre>
 */
public final class ContentHash {
  /** Orders paths by their UTF-8 bytes, unsigned, as {@code LC_ALL=C sort} does. */
  public static final Comparator<String> PATH_ORDER =
      (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

  private ContentHash() {}

  /** Returns the SHA-256 of {@code file}'s raw bytes, as 64 lowercase hex digits. */
  public static String ofFile(Path file) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns the SHA-256 of {@code bytes}, as 64 lowercase hex digits. */
  public static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** Returns the dataset version of {@code files}, in any order: see the class comment. */
  public static String ofDataset(List<LockedFile> files) {
    StringBuilder lines = new StringBuilder();
    files.stream()
        .sorted(Comparator.comparing(LockedFile::path, PATH_ORDER))
        .forEach(f -> lines.append(f.sha256()).append("  ").append(f.path()).append('\n'));
    return ofBytes(utf8(lines.toString()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
