package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cascadekit.ch07.StratifiedSplit.Split;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("07.stratified-split: a stratified split of a Tablesaw table, largest remainder, seeded")
class StratifiedSplitTest {
  /** Builds applications from "id:outcome" items, split at run time. */
  private static Table applications(String items) {
    StringColumn id = StringColumn.create("application_id");
    StringColumn outcome = StringColumn.create("outcome");
    for (String item : items.split(" ")) {
      id.append(item.split(":")[0]);
      outcome.append(item.split(":")[1]);
    }
    return Table.create("applications", id, outcome);
  }

  /** 6 approved, 3 declined, 2 referred, interleaved: rows 0..10. */
  private static Table eleven() {
    return applications("A1:approved D1:declined A2:approved R1:referred A3:approved A4:approved "
        + "D2:declined A5:approved R2:referred D3:declined A6:approved");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the test rows are shared out by largest remainder, not by rounding each class")
  void largestRemainder() {
    // nTest = ceil(0.25 * 11) = 3; floors 18/11 = 1, 9/11 = 0, 6/11 = 0; remainders 7, 9, 6:
    // the 2 free seats go to declined (9) and approved (7).
    assertThat(StratifiedSplit.testCounts(eleven(), "outcome", 0.25))
        .as("testCounts(6 approved, 3 declined, 2 referred; 0.25): 3 test rows; rounding each class gives 2+1+1 = 4")
        .isEqualTo(Map.of("approved", 2, "declined", 1, "referred", 0));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the free seat goes to the largest remainder, even when that class sorts last")
  void largestRemainderLast() {
    Table eleven = applications("A1:approved A2:approved A3:approved A4:approved D1:declined D2:declined "
        + "D3:declined D4:declined R1:referred R2:referred R3:referred");
    // nTest = ceil(0.25 * 11) = 3; floors 12/11 = 1, 12/11 = 1, 9/11 = 0; remainders 1, 1, 9
    assertThat(StratifiedSplit.testCounts(eleven, "outcome", 0.25))
        .as("testCounts(4 approved, 4 declined, 3 referred; 0.25): the one free seat goes to referred (remainder 9 of 11)")
        .isEqualTo(Map.of("approved", 1, "declined", 1, "referred", 1));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the test set has ceil(testShare * n) rows, as scikit-learn's train_test_split")
  void ceilOfTheShare() {
    Table ten = applications("A1:approved A2:approved A3:approved A4:approved A5:approved "
        + "D1:declined D2:declined D3:declined D4:declined D5:declined");
    // 0.25 * 10 = 2.5 -> 3 rows; each class 3 * 5 / 10 = 1 rem 5: the tie goes to approved
    assertThat(StratifiedSplit.testCounts(ten, "outcome", 0.25))
        .as("testCounts(5 approved, 5 declined; 0.25): ceil(2.5) = 3 test rows, the tied seat to 'approved'")
        .isEqualTo(Map.of("approved", 2, "declined", 1));
  }

  @Test
  @Tag("task:1")
  @DisplayName("equal remainders: the free seat goes to the class whose name sorts first")
  void tieRule() {
    Table nine = applications("R1:referred R2:referred R3:referred D1:declined D2:declined D3:declined "
        + "A1:approved A2:approved A3:approved");
    // nTest = ceil(0.375 * 9) = 4; each 4 * 3 / 9 = 1 rem 3; one seat, three tied: 'approved'
    assertThat(StratifiedSplit.testCounts(nine, "outcome", 0.375))
        .as("testCounts(3 of each; 0.375): the one free seat goes to 'approved', first by name")
        .isEqualTo(Map.of("approved", 2, "declined", 1, "referred", 1));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a share outside (0, 1) and a class of one row are refused, naming them")
  void refusals() {
    for (double share : new double[] {0.0, 1.0, -0.25, 1.5, Double.NaN}) {
      assertThatIllegalArgumentException()
          .as("testCounts(..., %s) must throw IllegalArgumentException naming testShare", share)
          .isThrownBy(() -> StratifiedSplit.testCounts(eleven(), "outcome", share))
          .withMessageContaining("testShare").withMessageContaining(String.valueOf(share));
    }
    Table lonely = applications("A1:approved A2:approved D1:declined D2:declined R1:referred");
    assertThatIllegalArgumentException()
        .as("testCounts with one 'referred' row must throw IllegalArgumentException naming the class")
        .isThrownBy(() -> StratifiedSplit.testCounts(lonely, "outcome", 0.5))
        .withMessageContaining("referred");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the split draws the seeded rows and keeps the table's order on both sides")
  void seededRowsInOrder() {
    // new Random(7): approved rows [0,2,4,5,7,10] shuffle to [5,0,...], declined [1,6,9] to [1,...]
    Split split = StratifiedSplit.split(eleven(), "outcome", 0.25, 7);
    assertThat(split.test().stringColumn("application_id").asList())
        .as("test ids of split(eleven, 0.25, seed 7), in table order:%n%s", split.test().print())
        .containsExactly("A1", "D1", "A4");
    assertThat(split.train().stringColumn("application_id").asList())
        .as("train ids of split(eleven, 0.25, seed 7), in table order:%n%s", split.train().print())
        .containsExactly("A2", "R1", "A3", "D2", "A5", "R2", "D3", "A6");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the same seed gives the same split, another seed another one")
  void seeded() {
    Split again = StratifiedSplit.split(eleven(), "outcome", 0.25, 7);
    assertThat(again.test().stringColumn("application_id").asList())
        .as("test ids of a second split with seed 7: a split you cannot repeat cannot be audited")
        .containsExactly("A1", "D1", "A4");
    // new Random(42): approved shuffle to [2,0,...], declined to [9,...]
    assertThat(StratifiedSplit.split(eleven(), "outcome", 0.25, 42).test().stringColumn("application_id").asList())
        .as("test ids of split(eleven, 0.25, seed 42)").containsExactly("A1", "A2", "D3");
  }

  @Test
  @Tag("task:2")
  @DisplayName("every row lands on exactly one side, with the table's columns")
  void partition() {
    Split split = StratifiedSplit.split(eleven(), "outcome", 0.5, 3);
    assertThat(split.train().rowCount() + split.test().rowCount()).as("train rows + test rows for 11 rows").isEqualTo(11);
    assertThat(split.test().stringColumn("outcome").countOccurrences("referred"))
        .as("referred rows in the test side at 0.5 (nTest 6: 3 approved, 2 declined, 1 referred):%n%s", split.test().print())
        .isEqualTo(1);
    assertThat(split.train().columnNames()).as("train columns").containsExactly("application_id", "outcome");
  }
}
