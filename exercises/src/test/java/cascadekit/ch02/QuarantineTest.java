package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cascadekit.ch02.Quarantine.Outcome;
import cascadekit.ch02.Quarantine.Quarantined;
import cascadekit.ch02.Quarantine.RawRecord;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.quarantine: set bad rows aside, lose none")
class QuarantineTest {
  private static final RawRecord HEADER = record(1, "id", "city", "visits");

  private static RawRecord record(long line, String... fields) {
    return new RawRecord(line, List.of(fields));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a row with too few fields is quarantined at its line, with the counts in the reason")
  void tooFewFields() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, "V1", "Oslo", "3"), record(3, "V2", "Malmö")));
    assertThat(outcome.kept()).as("kept rows").extracting(RawRecord::line).containsExactly(2L);
    assertThat(outcome.quarantined())
        .as("quarantined rows: line 3 has 2 of the header's 3 fields")
        .containsExactly(new Quarantined(3, "expected 3 fields, found 2"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the header is not counted as a row read")
  void headerIsNotARow() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, "V1", "Oslo", "3"), record(4, "V2", "Kraków", "5", "extra")));
    assertThat(outcome.read()).as("rows read from a header and two records").isEqualTo(2);
    assertThat(outcome.quarantined())
        .as("a record starting on line 4 (a quoted line break before it) keeps its own line, not its index")
        .containsExactly(new Quarantined(4, "expected 3 fields, found 4"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a blank id is quarantined as missing")
  void missingId() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, " ", "Oslo", "3")));
    assertThat(outcome.quarantined()).as("the row on line 2 has a blank id").containsExactly(new Quarantined(2, "missing id"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a repeated id is quarantined, naming the line of the first; the first is kept")
  void duplicateId() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, "V1", "Oslo", "3"), record(3, "V1", "Oslo", "3")));
    assertThat(outcome.kept()).as("kept: the first V1 only (dropping both loses a real visit)").extracting(RawRecord::line).containsExactly(2L);
    assertThat(outcome.quarantined()).as("quarantined").containsExactly(new Quarantined(3, "duplicate id V1, first on line 2"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("one reason per row, the first that applies; a quarantined row does not claim its id")
  void oneReasonPerRow() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, "V1", "Oslo"), record(3, "V1", "Oslo", "3"), record(4, "", "x")));
    assertThat(outcome.quarantined())
        .as("line 2 is short (and never kept, so line 3's V1 is no duplicate); line 4 is short and has no id")
        .containsExactly(new Quarantined(2, "expected 3 fields, found 2"), new Quarantined(4, "expected 3 fields, found 2"));
    assertThat(outcome.kept()).as("kept").extracting(RawRecord::line).containsExactly(3L);
  }

  @Test
  @Tag("task:3")
  @DisplayName("the reconciliation adds up: read = kept + quarantined")
  void reconciles() {
    Outcome outcome = Quarantine.load(List.of(HEADER, record(2, "V1", "Oslo", "3"), record(3, "V2", "Malmö"),
        record(4, "V3", "Kraków", "5"), record(5, "V1", "Oslo", "3")));
    assertThat(Quarantine.reconcile(outcome))
        .as("reconcile(load(four rows: two good, one short, one duplicate))")
        .isEqualTo("4 read = 2 kept + 2 quarantined");
  }

  @Test
  @Tag("task:3")
  @DisplayName("an outcome that lost a row is refused, naming the numbers")
  void lostRow() {
    Outcome lossy = new Outcome(5, List.of(record(2, "a"), record(3, "b")), List.of(new Quarantined(4, "x"), new Quarantined(5, "y")));
    assertThatExceptionOfType(IllegalStateException.class)
        .as("reconcile(5 read, 2 kept, 2 quarantined): one row is unaccounted for")
        .isThrownBy(() -> Quarantine.reconcile(lossy))
        .withMessageContainingAll("5", "2");
  }
}
