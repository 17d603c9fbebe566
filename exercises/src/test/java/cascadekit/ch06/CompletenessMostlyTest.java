package cascadekit.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("06.completeness-mostly: completeness with several missing markers, and a rule with mostly")
class CompletenessMostlyTest {
  private static final Set<String> MARKERS = Set.of("NA", "N/A");
  /** Answers of "years at this address": a plain number, or a minus typed by mistake. */
  private static final Predicate<String> NON_NEGATIVE = v -> !v.strip().startsWith("-");

  /** 10 answers, 6 missing (null, NA, blank, n/a, empty, "N/A "); present: 12, 7, -3, 40. */
  private static List<String> answers() {
    // Split at run time, as values read from a file are; null stands for an absent cell.
    List<String> answers = Arrays.asList("12|NA| |n/a|7|-3||N/A |40".split("\\|", -1));
    List<String> withNull = new ArrayList<>(answers);
    withNull.add(1, null);
    return withNull;
  }

  @Test
  @Tag("task:1")
  @DisplayName("null, blank and every marker count as missing")
  void completeness() {
    assertThat(CompletenessMostly.completeness(answers(), MARKERS))
        .as("completeness(%s, {NA, N/A}): 4 of 10 present (12, 7, -3, 40)", answers())
        .isCloseTo(0.4, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("markers match trimmed and in any case, but only the whole value")
  void markersTrimmedAnyCase() {
    List<String> values = List.of("n/a", "N/A ", "n/ab", "7");
    assertThat(CompletenessMostly.completeness(values, Set.of("N/A")))
        .as("completeness([n/a, \"N/A \", n/ab, 7], {N/A}): the first two are the marker typed by hand; n/ab is a value")
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("an empty string and whitespace are missing even without a marker")
  void blanksAreMissing() {
    assertThat(CompletenessMostly.completeness(List.of("", "  ", "\t", "5"), Set.of()))
        .as("completeness([\"\", \"  \", \"\\t\", 5], no markers): only 5 is there").isCloseTo(0.25, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the completeness of an empty list is refused")
  void emptyRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("completeness([], {NA}) must throw IllegalArgumentException: 0 / 0 is no measurement")
        .isThrownBy(() -> CompletenessMostly.completeness(List.of(), MARKERS));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the rule's share counts only the values that are there")
  void ruleShareOverPresent() {
    assertThat(CompletenessMostly.ruleShare(answers(), MARKERS, NON_NEGATIVE))
        .as("ruleShare(%s, {NA, N/A}, non-negative): 3 of the 4 present values; over all 10 rows it would be 0.3", answers())
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a column with every value missing has nothing to fail: share 1.0")
  void allMissing() {
    assertThat(CompletenessMostly.ruleShare(Arrays.asList(null, "NA", " "), MARKERS, NON_NEGATIVE))
        .as("ruleShare([null, NA, \" \"], {NA, N/A}, non-negative)").isEqualTo(1.0);
  }

  @Test
  @Tag("task:3")
  @DisplayName("a share exactly at mostly passes; a hair above it fails")
  void mostlyIsInclusive() {
    assertThat(CompletenessMostly.passes(answers(), MARKERS, NON_NEGATIVE, 0.75))
        .as("passes(answers, non-negative, mostly 0.75): the share is exactly 0.75, and 'at least' includes it").isTrue();
    assertThat(CompletenessMostly.passes(answers(), MARKERS, NON_NEGATIVE, 0.76))
        .as("passes(answers, non-negative, mostly 0.76): the share 0.75 is below").isFalse();
  }

  @Test
  @Tag("task:3")
  @DisplayName("missing values do not make a rule fail, and mostly 0 and 1 are allowed")
  void missingIsNotFailing() {
    List<String> values = Arrays.asList("5", null, null, "NA", "6");
    assertThat(CompletenessMostly.passes(values, MARKERS, NON_NEGATIVE, 1.0))
        .as("passes([5, null, null, NA, 6], non-negative, mostly 1.0): both present values meet it").isTrue();
    assertThat(CompletenessMostly.passes(List.of("5", "-1"), MARKERS, NON_NEGATIVE, 1.0))
        .as("passes([5, -1], non-negative, mostly 1.0)").isFalse();
    assertThat(CompletenessMostly.passes(List.of("-5", "-1"), MARKERS, NON_NEGATIVE, 0.0))
        .as("passes([-5, -1], non-negative, mostly 0.0): any share is at least 0").isTrue();
  }

  @Test
  @Tag("task:3")
  @DisplayName("a mostly outside [0, 1] is refused")
  void mostlyOutOfRange() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("passes(..., mostly 1.5) must throw IllegalArgumentException: a share is at most 1")
        .isThrownBy(() -> CompletenessMostly.passes(answers(), MARKERS, NON_NEGATIVE, 1.5));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("passes(..., mostly -0.1) must throw IllegalArgumentException: a share is at least 0")
        .isThrownBy(() -> CompletenessMostly.passes(answers(), MARKERS, NON_NEGATIVE, -0.1));
  }
}
