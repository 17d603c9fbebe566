package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Deequ's suggestion rules on small tables whose profiles are known by construction. */
class SuggestionsTest {
  /** 20 visits: unique ids, 12 F and 8 M, weight missing twice (minimum 0), one age of -1, 3 notes. */
  static Table visits() {
    String[] ids = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("V%02d", i)).toArray(String[]::new);
    String[] sex = IntStream.range(0, 20).mapToObj(i -> i < 12 ? "F" : "M").toArray(String[]::new);
    double[] weight = IntStream.range(0, 20).mapToDouble(i -> i < 2 ? Double.NaN : i == 2 ? 0 : 50 + i).toArray();
    int[] age = IntStream.range(0, 20).map(i -> i == 0 ? -1 : 30 + i % 10).toArray();
    String[] notes = IntStream.range(0, 20).mapToObj(i -> i < 3 ? "note " + i : "").toArray(String[]::new);
    return Table.create("visits", StringColumn.create("visit_id", ids), StringColumn.create("sex", sex),
        DoubleColumn.create("weight_kg", weight), IntColumn.create("age", age), StringColumn.create("notes", notes));
  }

  @Test
  void should_suggest_by_each_rule_for_the_columns_that_meet_it_column_by_column() {
    // GIVEN / WHEN
    Suggestions suggested = Suggestions.of(visits());
    // THEN notes (completeness 0.15 <= 0.2, every note once) gets nothing
    assertThat(suggested.all()).extracting(Suggestion::column, Suggestion::rule).containsExactly(
        tuple("visit_id", SuggestionRule.COMPLETE_IF_COMPLETE),
        tuple("visit_id", SuggestionRule.UNIQUE_IF_APPROXIMATELY_UNIQUE),
        tuple("sex", SuggestionRule.COMPLETE_IF_COMPLETE),
        tuple("sex", SuggestionRule.CATEGORICAL_RANGE),
        tuple("weight_kg", SuggestionRule.RETAIN_COMPLETENESS),
        tuple("weight_kg", SuggestionRule.RETAIN_TYPE),
        tuple("weight_kg", SuggestionRule.NON_NEGATIVE_NUMBERS),
        tuple("age", SuggestionRule.COMPLETE_IF_COMPLETE),
        tuple("age", SuggestionRule.RETAIN_TYPE));
  }

  @Test
  void should_write_each_suggestion_as_a_sentence_as_code_and_with_its_evidence() {
    // GIVEN / WHEN
    List<String> lines = Suggestions.of(visits()).forColumn("sex").all().stream().map(Suggestion::toString).toList();
    Suggestion weight = Suggestions.of(visits()).forColumn("weight_kg").all().get(0);
    // THEN weight: 0.9 - 1.96 sqrt(0.9 x 0.1 / 20) = 0.7685, rounded down to 0.76
    assertThat(lines).containsExactly(
        ".isComplete(\"sex\") // CompleteIfCompleteRule: completeness 1 (20 of 20 rows)",
        ".isContainedIn(\"sex\", Set.of(\"F\", \"M\")) // CategoricalRangeRule: 0 of 2 histogram entries occur once (0)");
    assertThat(weight.code()).isEqualTo(".hasCompletenessAtLeast(\"weight_kg\", 0.76)");
    assertThat(weight.sentence()).isEqualTo("'weight_kg' has at most 24% missing values");
    assertThat(weight.measured()).isEqualTo(0.9);
    assertThat(Suggestions.of(visits()).forColumn("weight_kg").toCode()).endsWith(
        ".hasColumn(\"weight_kg\", ColumnType.DOUBLE) // RetainTypeRule: type DOUBLE\n"
            + ".isNonNegative(\"weight_kg\") // NonNegativeNumbersRule: minimum 0");
  }

  @Test
  void should_retain_completeness_only_strictly_above_a_fifth_and_with_a_bound_above_zero() {
    // GIVEN / WHEN / THEN 20 of 100 is not above 0.2; 1 of 4 (0.25) has the bound -0.17: nothing to retain
    assertThat(suggest(present("x", 20, 100), SuggestionRule.RETAIN_COMPLETENESS)).as("20 of 100").isEmpty();
    assertThat(suggest(present("x", 1, 4), SuggestionRule.RETAIN_COMPLETENESS)).as("1 of 4").isEmpty();
    // AND 0.21 - 1.96 sqrt(0.21 x 0.79 / 100) = 0.1302 -> 0.13
    assertThat(suggest(present("x", 21, 100), SuggestionRule.RETAIN_COMPLETENESS))
        .extracting(Suggestion::code).containsExactly(".hasCompletenessAtLeast(\"x\", 0.13)");
    // AND 0.95 - 1.96 sqrt(0.95 x 0.05 / 1000) = 0.9365 -> 0.93: at most 7% missing (1 - 0.93 is 0.0699999...)
    assertThat(suggest(present("x", 950, 1000), SuggestionRule.RETAIN_COMPLETENESS))
        .extracting(Suggestion::sentence).containsExactly("'x' has at most 7% missing values");
  }

  @Test
  void should_see_categories_when_at_most_a_tenth_of_histogram_entries_occur_once_counting_missing_as_one() {
    // GIVEN nine values twice and one once: 1 of 10 entries once (0.1, on the threshold)
    StringColumn tenth = StringColumn.create("tenth", categories(9, 1, 0));
    // AND nine values twice plus one missing cell: the missing entry occurs once, 1 of 10
    StringColumn missingOnce = StringColumn.create("missingOnce", categories(9, 0, 1));
    // AND both: 2 of 11 (0.18)
    StringColumn both = StringColumn.create("both", categories(9, 1, 1));
    // WHEN / THEN
    assertThat(suggest(tenth, SuggestionRule.CATEGORICAL_RANGE)).extracting(Suggestion::measured).containsExactly(0.1);
    assertThat(suggest(missingOnce, SuggestionRule.CATEGORICAL_RANGE)).extracting(Suggestion::measured)
        .containsExactly(0.1);
    assertThat(suggest(both, SuggestionRule.CATEGORICAL_RANGE)).as("2 of 11 entries once").isEmpty();
    assertThat(suggest(missingOnce, SuggestionRule.CATEGORICAL_RANGE).get(0).code())
        .as("the missing entry is not a category").doesNotContain("\"\"");
  }

  @Test
  void should_call_a_column_unique_when_distinct_values_are_within_8_percent_of_the_rows() {
    // GIVEN 100 complete rows with 92 and with 91 distinct values
    Table table = Table.create("t", repeats("n92", 92), repeats("n91", 91));
    // WHEN / THEN |1 - 0.92| = 0.08 is inside the allowance; 0.09 is not
    assertThat(Suggestions.of(table).byRule(SuggestionRule.UNIQUE_IF_APPROXIMATELY_UNIQUE).all())
        .extracting(Suggestion::column, Suggestion::evidence)
        .containsExactly(tuple("n92", "distinct values / rows 0.92 (92 of 100)"));
  }

  @Test
  void should_filter_by_column_by_rule_and_by_any_predicate_without_changing_the_original() {
    // GIVEN
    Suggestions suggested = Suggestions.of(visits());
    // WHEN
    Suggestions kept = suggested.withoutColumn("age").withoutRule(SuggestionRule.RETAIN_TYPE)
        .without(suggestion -> suggestion.evidence().startsWith("minimum"));
    // THEN
    assertThat(kept.all()).extracting(Suggestion::code).containsExactly(".isComplete(\"visit_id\")",
        ".isUnique(\"visit_id\")", ".isComplete(\"sex\")", ".isContainedIn(\"sex\", Set.of(\"F\", \"M\"))",
        ".hasCompletenessAtLeast(\"weight_kg\", 0.76)");
    assertThat(suggested.all()).as("the original").hasSize(9);
    assertThat(suggested.keeping(suggestion -> suggestion.column().equals("sex")).all()).hasSize(2);
  }

  @Test
  void should_build_a_check_that_its_own_sample_passes_and_a_batch_with_a_new_category_fails() {
    // GIVEN the checks suggested from the sample
    Check suggested = Suggestions.of(visits()).toCheck("suggested from the sample");
    Table later = visits();
    later.stringColumn("sex").set(5, "X");
    // WHEN
    ValidationResult own = ValidationSuite.on(visits()).addCheck(suggested).run();
    ValidationResult next = ValidationSuite.on(later).idColumn("visit_id").addCheck(suggested).run();
    // THEN
    assertThat(own.results()).as("one constraint per suggestion").hasSize(9);
    assertThat(own.passed()).as("the sample passes its own suggestions").isTrue();
    assertThat(next.failures()).extracting(ConstraintResult::column, ConstraintResult::failingIds)
        .containsExactly(tuple("sex", List.of("V06")));
  }

  @Test
  void should_suggest_uniqueness_that_its_own_sample_fails_within_deequs_allowance() {
    // GIVEN 100 rows, 92 distinct values: 8 rows repeat the last one
    Table table = Table.create("t", repeats("n92", 92));
    // WHEN
    Check check = Suggestions.of(table).byRule(SuggestionRule.UNIQUE_IF_APPROXIMATELY_UNIQUE).addTo(Check.warn("ids"));
    // THEN a suggestion is a start, not a spec: review it before keeping it
    assertThat(ValidationSuite.on(table).addCheck(check).run().failures()).extracting(ConstraintResult::failingCount)
        .containsExactly(9L);
  }

  private static List<Suggestion> suggest(Column<?> column, SuggestionRule rule) {
    return Suggestions.of(Table.create("t", column), EnumSet.of(rule)).all();
  }

  private static DoubleColumn present(String name, int present, int rows) {
    return DoubleColumn.create(name, IntStream.range(0, rows).mapToDouble(i -> i < present ? i : Double.NaN).toArray());
  }

  private static StringColumn repeats(String name, int distinct) {
    return StringColumn.create(name, IntStream.range(0, 100).mapToObj(i -> "v" + Math.min(i, distinct - 1)).toList());
  }

  private static List<String> categories(int twice, int once, int missing) {
    List<String> values = new ArrayList<>();
    IntStream.range(0, twice).forEach(i -> values.addAll(List.of("c" + i, "c" + i)));
    IntStream.range(0, once).forEach(i -> values.add("once" + i));
    values.addAll(Collections.nCopies(missing, ""));
    return values;
  }
}
