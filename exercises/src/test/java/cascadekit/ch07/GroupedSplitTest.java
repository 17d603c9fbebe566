package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cascadekit.ch07.GroupedSplit.Split;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("07.grouped-split: a grouped split of a Tablesaw table, no patient on both sides")
class GroupedSplitTest {
  /** Builds visits from "visit:patient" items, split at run time. */
  private static Table visits(String items) {
    StringColumn visit = StringColumn.create("visit_id");
    StringColumn patient = StringColumn.create("patient_id");
    for (String item : items.split(" ")) {
      visit.append(item.split(":", -1)[0]);
      patient.append(item.split(":", -1)[1]);
    }
    return Table.create("visits", visit, patient);
  }

  /** Ten visits of five patients; P3 comes first in the file. */
  private static Table ten() {
    return visits("V01:P3 V02:P1 V03:P2 V04:P3 V05:P4 V06:P1 V07:P5 V08:P3 V09:P2 V10:P4");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the test patients are the first ceil(testShare * groups) of the sorted ids, shuffled with the seed")
  void testGroups() {
    // sorted [P1..P5], Collections.shuffle(new Random(1)) -> [P3, P4, P2, P5, P1]; ceil(0.4 * 5) = 2
    assertThat(GroupedSplit.testGroups(ten(), "patient_id", 0.4, 1))
        .as("testGroups(ten visits of P1..P5, 0.4, seed 1)").containsExactly("P3", "P4");
    // ceil(0.25 * 5) = ceil(1.25) = 2 patients, not 1
    assertThat(GroupedSplit.testGroups(ten(), "patient_id", 0.25, 1))
        .as("testGroups(..., 0.25, seed 1): ceil(1.25) = 2 patients, as GroupShuffleSplit").containsExactly("P3", "P4");
    // new Random(42) -> [P2, P3, P4, P5, P1]
    assertThat(GroupedSplit.testGroups(ten(), "patient_id", 0.4, 42))
        .as("testGroups(..., 0.4, seed 42)").containsExactly("P2", "P3");
    // new Random(3) -> [P4, P2, P1, P3, P5]: returned sorted
    assertThat(GroupedSplit.testGroups(ten(), "patient_id", 0.4, 3))
        .as("testGroups(..., 0.4, seed 3): P4 and P2 are drawn, returned sorted").containsExactly("P2", "P4");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the draw depends on the seed, not on the order of the rows in the file")
  void independentOfRowOrder() {
    Table sorted = visits("V02:P1 V06:P1 V03:P2 V09:P2 V01:P3 V04:P3 V08:P3 V05:P4 V10:P4 V07:P5");
    assertThat(GroupedSplit.testGroups(sorted, "patient_id", 0.4, 1))
        .as("testGroups of the same visits sorted by patient, seed 1: sort the ids before shuffling")
        .containsExactly("P3", "P4");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a missing column, a share outside (0, 1), a blank id and a share that leaves no training patient are refused")
  void refusals() {
    assertThatIllegalArgumentException().as("testGroups(..., \"customer_id\", ...) on a table without it")
        .isThrownBy(() -> GroupedSplit.testGroups(ten(), "customer_id", 0.4, 1)).withMessageContaining("customer_id");
    for (double share : new double[] {0.0, 1.0, 1.25}) {
      assertThatIllegalArgumentException().as("testGroups(..., %s, 1) must name testShare and %s", share, share)
          .isThrownBy(() -> GroupedSplit.testGroups(ten(), "patient_id", share, 1))
          .withMessageContaining("testShare").withMessageContaining(String.valueOf(share)).withMessageContaining("(0, 1)");
    }
    assertThatIllegalArgumentException().as("testGroups with a blank patient id at row 2 must name the row")
        .isThrownBy(() -> GroupedSplit.testGroups(visits("V01:P1 V02:P2 V03: V04:P3"), "patient_id", 0.4, 1))
        .withMessageContaining("row 2");
    assertThatIllegalArgumentException().as("testGroups(2 patients, 0.75): ceil(1.5) = 2 leaves no patient for training")
        .isThrownBy(() -> GroupedSplit.testGroups(visits("V01:P1 V02:P2 V03:P1"), "patient_id", 0.75, 1));
  }

  @Test
  @Tag("task:2")
  @DisplayName("every visit of a test patient goes to test, in the table's row order")
  void split() {
    Split split = GroupedSplit.split(ten(), "patient_id", 0.4, 1);
    assertThat(split.test().stringColumn("visit_id").asList())
        .as("test visits of split(ten, 0.4, seed 1), patients P3 and P4:%n%s", split.test().print())
        .containsExactly("V01", "V04", "V05", "V08", "V10");
    assertThat(split.train().stringColumn("visit_id").asList())
        .as("train visits of split(ten, 0.4, seed 1):%n%s", split.train().print())
        .containsExactly("V02", "V03", "V06", "V07", "V09");
  }

  @Test
  @Tag("task:2")
  @DisplayName("no patient is on both sides, whatever the seed")
  void noPatientOnBothSides() {
    for (long seed = 0; seed < 20; seed++) {
      Split split = GroupedSplit.split(ten(), "patient_id", 0.4, seed);
      assertThat(split.test().stringColumn("patient_id").asSet())
          .as("patients in test and in train with seed %d:%ntrain%n%s%ntest%n%s", seed, split.train().print(), split.test().print())
          .doesNotContainAnyElementsOf(split.train().stringColumn("patient_id").asSet());
      assertThat(split.test().stringColumn("patient_id").asSet()).as("test patients with seed %d", seed).hasSize(2);
    }
  }

  @Test
  @Tag("task:3")
  @DisplayName("the overlap lists each id found on both sides once, sorted")
  void overlap() {
    Table train = visits("V01:P9 V02:P2 V03:P1 V04:P2");
    Table test = visits("V05:P2 V06:P3 V07:P2 V08:P9");
    assertThat(GroupedSplit.overlap(train, test, "patient_id"))
        .as("overlap(train [P9, P2, P1, P2], test [P2, P3, P2, P9])").containsExactly("P2", "P9");
    assertThat(GroupedSplit.overlap(train, visits("V09:P4"), "patient_id")).as("overlap with a test of P4 only").isEmpty();
  }
}
