package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import cascadekit.ch06.LazyValidation.Rule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("06.lazy-validation: every failure of every rule in one table, a rule that throws included")
class LazyValidationTest {
  private static final String AGE = "age is between 0 and 120";
  private static final String DOSE = "dose_mg is positive";
  private static final String ID = "visit_id matches V\\d+";
  private static final String PRESENT = "visit_id is present";
  private static final List<Rule> RULES = List.of(
      new Rule(AGE, row -> row.getInt("age") >= 0 && row.getInt("age") <= 120),
      new Rule(DOSE, row -> Double.parseDouble(row.getString("dose_mg")) > 0),
      new Rule(ID, row -> row.getString("visit_id").matches("V\\d+")),
      new Rule(PRESENT, row -> !row.getString("visit_id").isEmpty()));

  /** Row 2 breaks three rules (its dose throws); row 3 one; row 4 one; rows 1 and 5 none. */
  private static Table visits() {
    return Table.create("visits",
        StringColumn.create("visit_id", "V1,v2,V3,V4,V5".split(",")),
        IntColumn.create("age", 34, -3, 40, 130, 50),
        StringColumn.create("dose_mg", "5,ten,0,2,1.5".split(",")));
  }

  @Test
  @Tag("task:1")
  @DisplayName("every failure is found, several on one row, sorted by row and then by the rules' order")
  void allFailuresInOrder() {
    Table visits = visits();
    Table failures = LazyValidation.failures(visits, RULES);
    String context = String.format("failures(visits, [%s, %s, %s, %s]) of%n%s%ngot%n%s", AGE, DOSE, ID, PRESENT,
        visits.print(), failures.print());
    assertThat(failures.columnNames()).as("columns of %s", context).containsExactly("row", "rule", "reason");
    assertThat(failures.intColumn("row").asList())
        .as("row numbers (from 1) of %s%nRow 2 fails three rules: a validator that stops at a row's first failure shows one", context)
        .containsExactly(2, 2, 2, 3, 4);
    assertThat(failures.stringColumn("rule").asList()).as("rules, by row and then in the order given, of %s", context)
        .containsExactly(AGE, DOSE, ID, DOSE, AGE);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a rule that throws is a failure with the exception as its reason, and the run goes on")
  void thrownIsAFailure() {
    assertThatCode(() -> LazyValidation.failures(visits(), RULES))
        .as("failures(visits, rules) must not throw: the dose rule throws NumberFormatException on v2's \"ten\";"
            + " catch it and record it as that rule's failure on row 2")
        .doesNotThrowAnyException();
    Table failures = LazyValidation.failures(visits(), RULES);
    assertThat(failures.stringColumn("reason").asList())
        .as("reasons of the failures of the visits:%n%s", failures.print())
        .containsExactly("not satisfied", "threw NumberFormatException: For input string: \"ten\"", "not satisfied",
            "not satisfied", "not satisfied");
  }

  @Test
  @Tag("task:1")
  @DisplayName("clean data gives an empty failure table with its three columns")
  void noFailures() {
    Table clean = visits().where(visits().stringColumn("visit_id").isIn("V1", "V5"));
    Table failures = LazyValidation.failures(clean, RULES);
    assertThat(failures.rowCount()).as("rows of failures(V1 and V5 only), both clean:%n%s", failures.print()).isZero();
    assertThat(failures.columnNames()).as("columns of the empty failure table").containsExactly("row", "rule", "reason");
  }

  @Test
  @Tag("task:1")
  @DisplayName("two rules with one name are refused")
  void duplicateRuleNames() {
    List<Rule> twice = List.of(RULES.get(0), new Rule(AGE, row -> true));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("failures(visits, two rules named '%s') must throw IllegalArgumentException", AGE)
        .isThrownBy(() -> LazyValidation.failures(visits(), twice));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the counts list every rule in order, one that never failed with 0")
  void countsByRule() {
    Table failures = Table.create("visits failures",
        IntColumn.create("row", 2, 2, 2, 3, 4),
        StringColumn.create("rule", AGE, DOSE, ID, DOSE, AGE),
        StringColumn.create("reason", "not satisfied", "threw", "not satisfied", "not satisfied", "not satisfied"));
    assertThat(LazyValidation.countsByRule(failures, RULES))
        .as("countsByRule of%n%s%nfor the rules in this order: %s, %s, %s, %s", failures.print(), AGE, DOSE, ID, PRESENT)
        .containsExactly(entry(AGE, 2), entry(DOSE, 2), entry(ID, 1), entry(PRESENT, 0));
  }
}
