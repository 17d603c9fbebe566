package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch04.ExactDedup.Deduplicated;
import cascadekit.ch04.ExactDedup.Record;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.exact-dedup: remove exact duplicates, keep one copy, return what was removed")
class ExactDedupTest {
  @Test
  @Tag("task:1")
  @DisplayName("the first copy is kept and the later one removed, ignoring the id")
  void keepsFirstCopy() {
    // V3's values built at run time, as values read from a file are: compare them with equals.
    Deduplicated result = ExactDedup.deduplicate(records(
        record("V1", "P1", "2022-01-03", "71.5"), record("V2", "P2", "2022-01-03", "80.0"), record("V3", "P1,2022-01-03,71.5".split(","))));
    assertThat(result.kept()).extracting(Record::id)
        .as("kept ids: V3 repeats V1's values under a new id; keep V1 (dropping both copies loses a real visit)")
        .containsExactly("V1", "V2");
    assertThat(result.removed()).extracting(Record::id).as("removed ids").containsExactly("V3");
  }

  @Test
  @Tag("task:1")
  @DisplayName("three copies leave one; records that differ in any value are all kept")
  void threeCopiesAndNearMisses() {
    Deduplicated result = ExactDedup.deduplicate(records(
        record("V1", "P1", "71.5"), record("V2", "P1", "71.5"), record("V3", "P1", "71.6"), record("V4", "P1", "71.5")));
    assertThat(result.kept()).extracting(Record::id).as("kept: V1, and V3 (71.6 is not 71.5)").containsExactly("V1", "V3");
    assertThat(result.removed()).extracting(Record::id).as("removed, in input order").containsExactly("V2", "V4");
  }

  @Test
  @Tag("task:1")
  @DisplayName("no duplicates: everything is kept, nothing removed, and the caller's list is left alone")
  void noDuplicates() {
    List<Record> input = records(record("V1", "P1"), record("V2", "P2"));
    Deduplicated result = ExactDedup.deduplicate(input);
    assertThat(result.kept()).as("kept when no two records share their values").containsExactly(input.get(0), input.get(1));
    assertThat(result.removed()).as("removed when there are no copies").isEmpty();
    assertThat(input).as("the caller's list after deduplicate(...)").hasSize(2);
  }

  @Test
  @Tag("task:1")
  @DisplayName("values that differ only in case are not exact copies, and both are kept")
  void caseMatters() {
    Deduplicated result = ExactDedup.deduplicate(records(record("V1", "Ana Silva", "F"), record("V2", "ANA SILVA", "F")));
    assertThat(result.kept()).extracting(Record::id)
        .as("kept: 'Ana Silva' and 'ANA SILVA' are near duplicates for 04.near-duplicates, not exact ones; do not case-fold")
        .containsExactly("V1", "V2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("each removed record names the copy that was kept")
  void namesTheOriginal() {
    assertThat(ExactDedup.duplicateOf(records(record("V1", "P1", "d"), record("V2", "P2", "d"), record("V3", "P1", "d"),
        record("V4", "P1", "d"), record("V5", "P2", "d"))))
        .as("duplicateOf: V3 and V4 copy V1, V5 copies V2 (always the first copy, not the previous one)")
        .containsExactly("V3 duplicates V1", "V4 duplicates V1", "V5 duplicates V2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("no copies, no lines")
  void noLines() {
    assertThat(ExactDedup.duplicateOf(records(record("V1", "P1"), record("V2", "P2"))))
        .as("duplicateOf two different records").isEmpty();
  }

  private static Record record(String id, String... values) {
    return new Record(id, List.of(values));
  }

  private static List<Record> records(Record... records) {
    return new ArrayList<>(List.of(records));
  }
}
