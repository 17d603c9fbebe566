package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("07.duplicates-across-splits: test rows already in training, after normalisation, on Tablesaw tables")
class DuplicatesAcrossSplitsTest {
  private static final Set<String> IGNORED = Set.of("application_id", "submitted_at");
  private static final List<String> COMPARED = List.of("applicant", "income", "city");

  /** Builds a string table from a header and rows, each split at ';' at run time. */
  private static Table table(String name, String header, String... rows) {
    String[] names = header.split(";");
    Table table = Table.create(name);
    for (String column : names) {
      table.addColumns(StringColumn.create(column));
    }
    for (String row : rows) {
      String[] values = row.split(";", -1);
      for (int c = 0; c < names.length; c++) {
        table.stringColumn(c).append(values[c]);
      }
    }
    return table;
  }

  private static Table train() {
    return table("train", "application_id;applicant;income;city;submitted_at",
        "T1;Ana Silva;2500.00;Oslo;2024-01-03", "T2;Bo Lind;3100;Bergen;2024-01-04", "T3;Cy Berg;4000.5;Oslo;2024-01-05");
  }

  /** Rows 0, 1, 7 resubmit a training application; 3 repeats 2 and 6 repeats 5 within test only. */
  private static Table test() {
    return table("test", "application_id;applicant;income;city;submitted_at",
        "S1; ana  SILVA ;2500;oslo;2024-02-01", "S2;Bo Lind;3100.0;Bergen;2024-02-01",
        "S3;Di Holm;2800;Tromsø;2024-02-02", "S4;Di Holm;2800;Tromsø;2024-02-03",
        "S5;Ana Silva;2500;Bergen;2024-02-03", "S6;Eva Dahl;5200;Oslo;2024-02-04",
        "S7;Eva Dahl;5200;Oslo;2024-02-05", "S8;Cy Berg;4.0005E3;OSLO;2024-02-05");
  }

  @Test
  @Tag("task:1")
  @DisplayName("a key strips, lower-cases and collapses text, and writes numbers canonically")
  void key() {
    assertThat(DuplicatesAcrossSplits.key(test(), 0, COMPARED))
        .as("key of test row 0 (\" ana  SILVA \", \"2500\", \"oslo\") over %s", COMPARED).isEqualTo("ana silva|2500|oslo");
    assertThat(DuplicatesAcrossSplits.key(train(), 0, COMPARED))
        .as("key of training row 0 (\"Ana Silva\", \"2500.00\", \"Oslo\"): 2500.00 is 2500").isEqualTo("ana silva|2500|oslo");
    assertThat(DuplicatesAcrossSplits.key(test(), 7, List.of("income", "applicant")))
        .as("key of test row 7 over [income, applicant]: 4.0005E3 is 4000.5, columns in the order given")
        .isEqualTo("4000.5|cy berg");
  }

  @Test
  @Tag("task:1")
  @DisplayName("zero and trailing zeros have one spelling")
  void numbers() {
    Table amounts = table("amounts", "amount", "-0.0", "10", "1E+1", " 10.000 ");
    assertThat(List.of(DuplicatesAcrossSplits.key(amounts, 0, List.of("amount")), DuplicatesAcrossSplits.key(amounts, 1, List.of("amount")),
            DuplicatesAcrossSplits.key(amounts, 2, List.of("amount")), DuplicatesAcrossSplits.key(amounts, 3, List.of("amount"))))
        .as("keys of -0.0, 10, 1E+1, \" 10.000 \"").containsExactly("0", "10", "10", "10");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the test rows whose application is in training, ids and timestamps ignored")
  void testRowsInTrain() {
    assertThat(DuplicatesAcrossSplits.testRowsInTrain(train(), test(), IGNORED))
        .as("test rows in training:%ntrain%n%s%ntest%n%s%nrows 0, 1, 7 resubmit T1, T2, T3; 3 and 6 repeat only test rows",
            train().print(), test().print())
        .containsExactly(0, 1, 7);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a test file with its columns in another order still matches")
  void columnOrder() {
    Table reordered = table("test", "city;submitted_at;income;applicant;application_id", "OSLO;2024-03-01;2500;Ana Silva;S9");
    assertThat(DuplicatesAcrossSplits.testRowsInTrain(train(), reordered, IGNORED))
        .as("test row 0 with columns city, submitted_at, income, applicant, application_id: read them in training's order")
        .containsExactly(0);
  }

  @Test
  @Tag("task:2")
  @DisplayName("an ignored column training lacks, and test columns that differ, are refused, naming the column")
  void refusals() {
    assertThatIllegalArgumentException().as("testRowsInTrain ignoring 'aplication_id' (a typo)")
        .isThrownBy(() -> DuplicatesAcrossSplits.testRowsInTrain(train(), test(), Set.of("aplication_id")))
        .withMessageContaining("aplication_id");
    Table other = table("test", "application_id;applicant;salary;city;submitted_at", "S1;Ana Silva;2500;Oslo;2024-02-01");
    assertThatIllegalArgumentException()
        .as("testRowsInTrain with a test table that has 'salary' for 'income': the message lists both tables' columns")
        .isThrownBy(() -> DuplicatesAcrossSplits.testRowsInTrain(train(), other, IGNORED)).withMessageContaining("salary");
  }

  @Test
  @Tag("task:3")
  @DisplayName("the share is over the test rows, and passes only when at most the threshold")
  void share() {
    assertThat(DuplicatesAcrossSplits.share(train(), test(), IGNORED))
        .as("share of the 8 test rows found in training (3 training rows, 3 found)").isCloseTo(0.375, within(1e-12));
    assertThat(DuplicatesAcrossSplits.passes(0.375, 0.1)).as("passes(0.375, 0.1)").isFalse();
    assertThat(DuplicatesAcrossSplits.passes(0.25, 0.25)).as("passes(0.25, 0.25): a share equal to the threshold passes").isTrue();
    assertThat(DuplicatesAcrossSplits.passes(0.0, 0.1)).as("passes(0.0, 0.1)").isTrue();
  }

  @Test
  @Tag("task:3")
  @DisplayName("an empty test table is refused")
  void emptyTest() {
    assertThatIllegalArgumentException().as("share(train, an empty test table)")
        .isThrownBy(() -> DuplicatesAcrossSplits.share(train(), train().emptyCopy(), IGNORED));
  }
}
