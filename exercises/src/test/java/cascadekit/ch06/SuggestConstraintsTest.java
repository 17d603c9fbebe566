package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch06.SuggestConstraints.ColumnProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("06.suggest-constraints: Deequ's completeness, category, non-negative and unique suggestion rules")
class SuggestConstraintsTest {
  private static ColumnProfile missing(String column, long rows, long missing) {
    return new ColumnProfile(column, rows, missing, Map.of(), null);
  }

  /** Returns a profile of a complete text column with these counts ("F", 118, "M", 120, ...). */
  private static ColumnProfile counted(String column, Object... valuesAndCounts) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long rows = 0;
    for (int i = 0; i < valuesAndCounts.length; i += 2) {
      long n = ((Number) valuesAndCounts[i + 1]).longValue();
      counts.put((String) valuesAndCounts[i], n);
      rows += n;
    }
    return new ColumnProfile(column, rows, 0, counts, null);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a complete column gets isComplete, one at or below 20% gets nothing")
  void completeOrNothing() {
    assertThat(SuggestConstraints.completeness(missing("visit_id", 400, 0))).as("completeness(400 rows, 0 missing)")
        .contains("isComplete(\"visit_id\")");
    assertThat(SuggestConstraints.completeness(missing("notes", 10, 8)))
        .as("completeness(10 rows, 8 missing): c = 0.2 exactly, and the rule needs c above 0.2").isEmpty();
  }

  @Test
  @Tag("task:1")
  @DisplayName("the completeness bound is the Wald interval's lower end, cut (not rounded) to two decimals")
  void waldBoundCutDown() {
    // c = 0.95: 0.95 - 1.96 * sqrt(0.95 * 0.05 / 400) = 0.95 - 0.02136 = 0.92864
    assertThat(SuggestConstraints.completeness(missing("weight_kg", 400, 20)))
        .as("completeness(400 rows, 20 missing): bound 0.92864, cut to 0.92; rounding would give 0.93")
        .contains("hasCompletenessAtLeast(\"weight_kg\", 0.92)");
    // c = 0.25: 0.25 - 1.96 * sqrt(0.25 * 0.75 / 100) = 0.25 - 0.08487 = 0.16513
    assertThat(SuggestConstraints.completeness(missing("hba1c", 100, 75)))
        .as("completeness(100 rows, 75 missing): c = 0.25 is above 0.2; bound 0.16513 -> 0.16; n is the rows, not the 25 present")
        .contains("hasCompletenessAtLeast(\"hba1c\", 0.16)");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a category set lists the values most frequent first, ties alphabetically")
  void categoriesByCount() {
    assertThat(SuggestConstraints.categories(counted("sex", "F", 118, "X", 3, "M", 120)))
        .as("categories(F=118, X=3, M=120): no value occurs once").contains("isContainedIn(\"sex\", [\"M\", \"F\", \"X\"])");
    assertThat(SuggestConstraints.categories(counted("site", "Oslo", 40, "Bergen", 40, "Aarhus", 20)))
        .as("categories(Oslo=40, Bergen=40, Aarhus=20): Bergen and Oslo tie").contains("isContainedIn(\"site\", [\"Bergen\", \"Oslo\", \"Aarhus\"])");
  }

  @Test
  @Tag("task:2")
  @DisplayName("one singleton in 10 distinct values is exactly 10% and still a category")
  void tenPercentSingletons() {
    ColumnProfile tenCodes = counted("code", "A", 9, "B", 9, "C", 9, "D", 9, "E", 9, "F", 9, "G", 9, "H", 9, "I", 2, "J", 1);
    assertThat(SuggestConstraints.categories(tenCodes)).as("categories(10 codes, J once): 1 / 10 distinct = 0.1, at most 10%")
        .contains("isContainedIn(\"code\", [\"A\", \"B\", \"C\", \"D\", \"E\", \"F\", \"G\", \"H\", \"I\", \"J\"])");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the share of singletons is of the distinct values, not of the rows")
  void singletonsOverDistinct() {
    ColumnProfile clinics = counted("clinic", "C1", 96, "C2", 1, "C3", 1, "C4", 1, "C5", 1);
    assertThat(SuggestConstraints.categories(clinics))
        .as("categories(C1=96 and four clinics seen once): 4 of 5 distinct values are singletons (80%);"
            + " 4 of 100 rows would wrongly pass").isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a numeric column with minimum 0 is non-negative; a negative minimum or a text column is not")
  void nonNegative() {
    assertThat(SuggestConstraints.nonNegative(new ColumnProfile("dose_mg", 50, 0, Map.of(), 0.0)))
        .as("nonNegative(minimum 0.0): 0 is not negative").contains("isNonNegative(\"dose_mg\")");
    assertThat(SuggestConstraints.nonNegative(new ColumnProfile("temp_c", 50, 0, Map.of(), -0.5)))
        .as("nonNegative(minimum -0.5)").isEmpty();
    assertThat(SuggestConstraints.nonNegative(new ColumnProfile("sex", 50, 0, Map.of("F", 50L), null)))
        .as("nonNegative(text column, minimum null)").isEmpty();
  }

  @Test
  @Tag("task:4")
  @DisplayName("a complete column with at least 92% distinct values is unique; 91% or a missing value is not")
  void unique() {
    assertThat(SuggestConstraints.unique(distinct("visit_id", 100, 0, 92))).as("unique(100 rows, 92 distinct)")
        .contains("isUnique(\"visit_id\")");
    assertThat(SuggestConstraints.unique(distinct("visit_id", 100, 0, 91))).as("unique(100 rows, 91 distinct)").isEmpty();
    assertThat(SuggestConstraints.unique(distinct("visit_id", 100, 1, 99)))
        .as("unique(100 rows, 1 missing, 99 distinct): a key must be complete").isEmpty();
  }

  /** Returns a profile of {@code rows} rows with {@code distinct} values, the first one repeated. */
  private static ColumnProfile distinct(String column, long rows, long missing, int distinct) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("V0", rows - missing - (distinct - 1));
    for (int i = 1; i < distinct; i++) {
      counts.put("V" + i, 1L);
    }
    return new ColumnProfile(column, rows, missing, counts, null);
  }
}
