package cascadekit.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import cascadekit.ch09.LockDiff.Changes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("09.lock-diff: which files changed between two lock files")
class LockDiffTest {
  // sha256sum of real files: the LF and CRLF visits, "b\n", "a\n", "heights in metres\n"
  private static final String LF = "d03c29b8f7fc312f5a05cb19dfedf710f2c4c6f104b9f4b5c985b6ba5773e4b6";
  private static final String CRLF = "fcc8837837f7c29fc42002d7e440a4b0b1cfdd386b4473c9217b3e649f2d5454";
  private static final String B = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f";
  private static final String A = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7";
  private static final String NOTES = "3eb144e48d31272b5013b2f0cbd8d12933fe6e3a3763f3d284638916f5dfbb5a";

  @Test
  @Tag("task:1")
  @DisplayName("each line becomes path -> hash, sorted by path, a path with a space kept whole")
  void parse() {
    List<String> lines = List.of(A + "  z/a.txt", CRLF + "  raw/clinic visits.csv", B + "  b.txt");
    assertThat(LockDiff.parse(lines))
        .as("parse of%n  %s%n: split once, at the two spaces after the hash; sort by path", String.join("\n  ", lines))
        .containsExactly(entry("b.txt", B), entry("raw/clinic visits.csv", CRLF), entry("z/a.txt", A));
    assertThat(LockDiff.parse(List.of())).as("parse of an empty lock").isEmpty();
  }

  @Test
  @Tag("task:1")
  @DisplayName("a malformed line is refused, naming its number (from 1) and quoting it")
  void malformed() {
    String upper = LF.toUpperCase() + "  raw/visits.csv";
    assertThatIllegalArgumentException()
        .as("parse([ok, ok, upper-case hash]): the bad line is the third, \"line 3: \" (not line 2)")
        .isThrownBy(() -> LockDiff.parse(List.of(B + "  b.txt", A + "  z/a.txt", upper)))
        .withMessageStartingWith("line 3: ").withMessageContaining(upper);
    for (String bad : List.of(B + " b.txt", B.substring(1) + "  b.txt", B + "  ", "", B + "\tb.txt")) {
      assertThatIllegalArgumentException()
          .as("parse([\"%s\"]): a hash of 64 lowercase hex digits, two spaces, a path", bad)
          .isThrownBy(() -> LockDiff.parse(List.of(bad)))
          .withMessageStartingWith("line 1: ");
    }
  }

  @Test
  @Tag("task:1")
  @DisplayName("a path listed twice is refused at its second line")
  void pathTwice() {
    assertThatIllegalArgumentException()
        .as("parse([b.txt, z/a.txt, b.txt again]): two hashes for one file; the second is on line 3")
        .isThrownBy(() -> LockDiff.parse(List.of(B + "  b.txt", A + "  z/a.txt", A + "  b.txt")))
        .withMessageStartingWith("line 3: ").withMessageContaining(A + "  b.txt");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a file with a new hash is changed (not missing and added), and every list is sorted")
  void diff() {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("z/a.txt", A);
    before.put("raw/visits.csv", CRLF);
    before.put("b.txt", B);
    before.put("raw-notes.txt", NOTES);
    Map<String, String> after = new LinkedHashMap<>();
    after.put("raw/visits.csv", LF);
    after.put("raw/heights.csv", NOTES);
    after.put("b.txt", B);
    after.put("raw-notes.txt", NOTES);
    after.put("a new.csv", A);
    Changes changes = LockDiff.diff(before, after);
    String given = String.format("before %s%n after %s", before.keySet(), after.keySet());
    assertThat(changes.changed()).as("changed: raw/visits.csv is in both with another hash (CRLF -> LF)%n %s", given)
        .containsExactly("raw/visits.csv");
    assertThat(changes.added()).as("added, sorted by path: only in after%n %s", given)
        .containsExactly("a new.csv", "raw/heights.csv");
    assertThat(changes.missing()).as("missing: only in before%n %s", given).containsExactly("z/a.txt");
  }

  @Test
  @Tag("task:2")
  @DisplayName("two equal locks have no changes; a lock against an empty one has only added files")
  void noChanges() {
    Map<String, String> lock = Map.of("b.txt", B, "z/a.txt", A);
    assertThat(LockDiff.diff(lock, Map.copyOf(lock))).as("diff of a lock with its copy")
        .isEqualTo(new Changes(List.of(), List.of(), List.of()));
    assertThat(LockDiff.diff(Map.of(), lock)).as("diff({}, {b.txt, z/a.txt})")
        .isEqualTo(new Changes(List.of(), List.of("b.txt", "z/a.txt"), List.of()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("hashes read from two lock files are compared by their text, not as the same object")
  void hashesComparedByText() {
    // the after lock's hashes are read from another file: equal text, other String objects
    Map<String, String> before = Map.of("b.txt", B, "z/a.txt", A);
    Map<String, String> after = Map.of("b.txt", new String(B.toCharArray()), "z/a.txt", new String(A.toCharArray()));
    assertThat(LockDiff.diff(before, after))
        .as("diff of two locks with the same hashes read from two files: compare hashes with equals, not ==")
        .isEqualTo(new Changes(List.of(), List.of(), List.of()));
  }

  @Test
  @Tag("task:3")
  @DisplayName("changed files first, then added, then missing, one line each")
  void describe() {
    Changes changes = new Changes(List.of("raw/visits.csv"), List.of("a new.csv", "raw/heights.csv"), List.of("z/a.txt"));
    assertThat(LockDiff.describe(changes)).as("describe(%s)", changes)
        .containsExactly("changed raw/visits.csv", "added a new.csv", "added raw/heights.csv", "missing z/a.txt");
  }

  @Test
  @Tag("task:3")
  @DisplayName("no change at all is one line: unchanged")
  void unchanged() {
    assertThat(LockDiff.describe(new Changes(List.of(), List.of(), List.of()))).as("describe of no changes")
        .containsExactly("unchanged");
  }
}
