package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every expected hash was computed in a shell with printf and sha256sum, not with Java. */
@DisplayName("09.content-hash: a file's version from its raw bytes, a directory's from its listing")
class ContentHashTest {
  private static final String LF = "id,height\n1,1.72\n2,1.65\n";
  private static final String CRLF = "id,height\r\n1,1.72\r\n2,1.65\r\n";
  // printf 'id,height\n1,1.72\n2,1.65\n' | sha256sum (and the same with \r\n)
  private static final String LF_HASH = "d03c29b8f7fc312f5a05cb19dfedf710f2c4c6f104b9f4b5c985b6ba5773e4b6";
  private static final String CRLF_HASH = "fcc8837837f7c29fc42002d7e440a4b0b1cfdd386b4473c9217b3e649f2d5454";
  private static final String B_HASH = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f";
  private static final String NOTES_HASH = "3eb144e48d31272b5013b2f0cbd8d12933fe6e3a3763f3d284638916f5dfbb5a";
  private static final String A_HASH = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7";
  /** find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum, in the tree of {@link #tree}. */
  private static final String LISTING = B_HASH + "  b.txt\n" + NOTES_HASH + "  raw-notes.txt\n"
      + CRLF_HASH + "  raw/visits.csv\n" + A_HASH + "  z/a.txt\n";
  /** The same pipeline, piped once more into sha256sum. */
  private static final String TREE_HASH = "57ab02f8552366265e24704012a730bd3ac1d83c1aa57c895ea1d4dfe54fbde2";

  @TempDir Path root;

  @Test
  @Tag("task:1")
  @DisplayName("a file's hash is the SHA-256 of its bytes in lowercase hex, as sha256sum prints it")
  void fileHash() throws IOException {
    Path lf = write("lf.csv", LF);
    Path empty = write("empty.csv", "");
    assertThat(ContentHash.ofFile(lf)).as("ofFile of \"id,height\\n1,1.72\\n2,1.65\\n\" (sha256sum prints %s)", LF_HASH)
        .isEqualTo(LF_HASH);
    assertThat(ContentHash.ofFile(empty)).as("ofFile of an empty file: the SHA-256 of no bytes at all")
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a CRLF file and its LF twin have different hashes: bytes as they are, no normalising")
  void crlfIsAnotherVersion() throws IOException {
    Path crlf = write("crlf.csv", CRLF);
    assertThat(ContentHash.ofFile(crlf))
        .as("ofFile of the same rows ending in \\r\\n: DVC 3 hashes the bytes on disk; reading lines and "
            + "joining them with \\n gives the LF twin's hash %s", LF_HASH)
        .isEqualTo(CRLF_HASH);
  }

  @Test
  @Tag("task:1")
  @DisplayName("bytes that are not valid text hash as they are")
  void binaryFile() throws IOException {
    Path bin = root.resolve("bin");
    Files.write(bin, new byte[] {'n', 'o', 't', ' ', 't', 'e', 'x', 't', ':', ' ', 0x00, (byte) 0xff, (byte) 0xfe, '\r', '\n'});
    assertThat(ContentHash.ofFile(bin))
        .as("ofFile of the bytes 'not text: ' 00 ff fe 0d 0a: decoding them as UTF-8 replaces ff and fe")
        .isEqualTo("ec1e5754ad6fdfc2e3b94af8053a51f63d420e65a180a03ae3005a40015e7958");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a file that does not exist is an error naming it")
  void missingFile() {
    Path nowhere = root.resolve("nowhere.csv");
    assertThatExceptionOfType(UncheckedIOException.class)
        .as("ofFile(%s) must throw UncheckedIOException", nowhere)
        .isThrownBy(() -> ContentHash.ofFile(nowhere))
        .withMessageContaining("nowhere.csv");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the listing has one 'hash  relative/path' line per file, sorted by path, whatever order the files came in")
  void listing() throws IOException {
    List<Path> files = tree();
    String listing = ContentHash.listing(root, List.of(files.get(3), files.get(2), files.get(1), files.get(0)));
    assertThat(listing)
        .as("listing(root, [z/a.txt, raw/visits.csv, raw-notes.txt, b.txt]): paths relative to root, with '/', "
            + "sorted as strings ('-' sorts before '/', so raw-notes.txt comes before raw/visits.csv; "
            + "z/a.txt sorts by its path, not by its name a.txt); expected:%n%s", LISTING)
        .isEqualTo(LISTING);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a directory's hash is the SHA-256 of its listing, every file at any depth included")
  void directoryHash() throws IOException {
    tree();
    assertThat(ContentHash.ofDirectory(root))
        .as("ofDirectory(root): the SHA-256 of the UTF-8 bytes of this listing (relative paths, not %s/...):%n%s",
            root, LISTING)
        .isEqualTo(TREE_HASH);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a directory's hash changes when one file's line endings change")
  void directoryHashFollowsContent() throws IOException {
    tree();
    write("raw/visits.csv", LF);
    assertThat(ContentHash.ofDirectory(root))
        .as("ofDirectory(root) after raw/visits.csv was rewritten with LF endings: a new version "
            + "(was %s; the shell pipeline now gives the one expected)", TREE_HASH)
        .isEqualTo("35c3bc7c4face239f83b775bb11d81e5617fdd4d3ebafc5665ec3b8e67cb92dd");
  }

  /** b.txt, raw-notes.txt, raw/visits.csv (CRLF) and z/a.txt, in that order. */
  private List<Path> tree() throws IOException {
    return List.of(write("b.txt", "b\n"), write("raw-notes.txt", "heights in metres\n"),
        write("raw/visits.csv", CRLF), write("z/a.txt", "a\n"));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
