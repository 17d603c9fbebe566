package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashes worked out in a shell with coreutils' {@code sha256sum}, never with the kit. */
class ContentHashTest {
  // printf 'a' | sha256sum
  static final String A = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
  // printf 'b\r\n' | sha256sum
  static final String B_CRLF = "679e273f78fc8f8ba114db23c2dce80cc77c91083939825ca830152f2f080d08";
  // printf 'b\n' | sha256sum
  static final String B_LF = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f";
  // printf '%s\n' a.txt sub/b.txt | xargs sha256sum | sha256sum   (b.txt holds "b\r\n")
  static final String A_AND_SUB_B =
      "013e5b70ebc2c84aa3deb53d3e9e4bec6549c7b83695d60134da0d89738da6f4";

  @TempDir Path dir;

  @Test
  void should_hash_a_file_s_raw_bytes() throws IOException {
    // GIVEN a file holding the one byte 'a'
    Path file = Files.writeString(dir.resolve("a.txt"), "a");
    // WHEN it is hashed
    String hash = ContentHash.ofFile(file);
    // THEN the hash is sha256sum's
    assertThat(hash).as("sha256 of 'a'").isEqualTo(A);
  }

  @Test
  void should_not_normalise_line_endings_as_dvc_2_did() throws IOException {
    // GIVEN the same line ending in CRLF and in LF
    Path crlf = Files.write(dir.resolve("crlf.txt"), "b\r\n".getBytes(StandardCharsets.US_ASCII));
    Path lf = Files.write(dir.resolve("lf.txt"), "b\n".getBytes(StandardCharsets.US_ASCII));
    // WHEN both are hashed
    // THEN each has its own raw-byte hash
    assertThat(ContentHash.ofFile(crlf)).as("sha256 of b CR LF").isEqualTo(B_CRLF);
    assertThat(ContentHash.ofFile(lf)).as("sha256 of b LF").isEqualTo(B_LF);
  }

  @Test
  void should_hash_a_dataset_as_sha256sum_lines_sorted_by_path() {
    // GIVEN two files listed out of order
    List<LockedFile> files =
        List.of(new LockedFile("sub/b.txt", B_CRLF, 3, 0), new LockedFile("a.txt", A, 1, 0));
    // WHEN the dataset's version is computed
    String version = ContentHash.ofDataset(files);
    // THEN it is sha256sum of the sorted "hash  path" lines
    assertThat(version).as("version of a.txt and sub/b.txt").isEqualTo(A_AND_SUB_B);
  }

  @Test
  void should_order_paths_by_their_bytes_as_c_locale_sort_does() {
    // GIVEN paths whose byte order differs from a case-blind or locale order
    List<String> paths = List.of("a/b.csv", "a-b.csv", "B.csv", "a.csv", "é.csv", "z.csv");
    // WHEN they are sorted with the path order
    List<String> sorted = paths.stream().sorted(ContentHash.PATH_ORDER).toList();
    // THEN upper case comes first, '-' (0x2d) before '.' (0x2e) before '/' (0x2f), é after z
    assertThat(sorted)
        .as("LC_ALL=C sort order")
        .containsExactly("B.csv", "a-b.csv", "a.csv", "a/b.csv", "z.csv", "é.csv");
  }
}
