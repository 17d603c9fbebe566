package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch07.FeaturePower.Rule;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("07.feature-power: a one-feature predictive-power screen for target leakage, on Tablesaw tables")
class FeaturePowerTest {
  private static final String HEADER = "application_id region employment letter_sent decision";

  /** Builds a string table from space-separated rows, split at run time. */
  private static Table loans(String name, String... rows) {
    Table table = Table.create(name);
    for (String column : HEADER.split(" ")) {
      table.addColumns(StringColumn.create(column));
    }
    for (String row : rows) {
      String[] values = row.split(" ");
      for (int c = 0; c < values.length; c++) {
        table.stringColumn(c).append(values[c]);
      }
    }
    return table;
  }

  /** 5 approved, 3 declined; the letter is sent exactly for the approved; region ties in the south. */
  private static Table train() {
    return loans("train", "L01 north salaried yes approved", "L02 north salaried yes approved",
        "L03 south self no declined", "L04 south salaried yes approved", "L05 north self no declined",
        "L06 south none no declined", "L07 north salaried yes approved", "L08 south self yes approved");
  }

  /** 3 approved, 5 declined; 'student' is an employment training never saw. */
  private static Table test() {
    return loans("test", "L09 north salaried yes approved", "L10 south self no declined",
        "L11 north none no declined", "L12 south salaried no declined", "L13 north student yes approved",
        "L14 south salaried yes approved", "L15 north student no declined", "L16 south self no declined");
  }

  @Test
  @Tag("task:1")
  @DisplayName("each value gets its majority label, a tie goes to the label that sorts first")
  void fit() {
    Rule region = FeaturePower.fit(train(), "region", "decision");
    assertThat(region.byValue()).as("fit(train, region): north 3 approved of 4; south 2 approved, 2 declined (tie)%n%s", train().print())
        .isEqualTo(Map.of("north", "approved", "south", "approved"));
    Rule employment = FeaturePower.fit(train(), "employment", "decision");
    assertThat(employment.byValue()).as("fit(train, employment): self is 2 declined, 1 approved")
        .isEqualTo(Map.of("salaried", "approved", "self", "declined", "none", "declined"));
    assertThat(employment.fallback()).as("fallback of fit(train, employment): training's most common label (5 of 8)")
        .isEqualTo("approved");
  }

  @Test
  @Tag("task:1")
  @DisplayName("an empty training table is refused")
  void emptyTrain() {
    assertThatIllegalArgumentException().as("fit(an empty table, ...)")
        .isThrownBy(() -> FeaturePower.fit(train().emptyCopy(), "region", "decision"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the accuracy is measured on test, and an unseen value gets the fallback")
  void accuracy() {
    Rule employment = FeaturePower.fit(train(), "employment", "decision");
    // right: L09, L10, L11, L13 (student -> approved), L14, L16; wrong: L12, L15
    assertThat(FeaturePower.accuracy(employment, test(), "employment", "decision"))
        .as("accuracy of the employment rule on test (6 of 8; student -> fallback 'approved')%n%s", test().print())
        .isCloseTo(0.75, within(1e-12));
    assertThatIllegalArgumentException().as("accuracy(rule, an empty test table, ...)")
        .isThrownBy(() -> FeaturePower.accuracy(employment, test().emptyCopy(), "employment", "decision"));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the power is the share of the gap from training's majority baseline to 1 that the feature closes")
  void power() {
    // baseline: 'approved' for all 8 test rows is right 3 times, 0.375
    assertThat(FeaturePower.power(train(), test(), "employment", "decision"))
        .as("power of employment: (0.75 - 0.375) / (1 - 0.375); a baseline from test's majority (0.625) gives 0.333")
        .isCloseTo(0.6, within(1e-12));
    assertThat(FeaturePower.power(train(), test(), "letter_sent", "decision")).as("power of letter_sent: right on all 8")
        .isCloseTo(1.0, within(1e-12));
    assertThat(FeaturePower.power(train(), test(), "application_id", "decision"))
        .as("power of application_id: no test id was seen in training, all get the fallback (on training rows it looks perfect)")
        .isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a rule worse than the baseline, or a baseline of 1, has power 0")
  void noPower() {
    Table small = loans("train", "A1 x a a approved", "A2 x a a approved", "A3 y b b declined");
    Table contrary = loans("test", "A4 x a a declined", "A5 y b b approved", "A6 x a a approved", "A7 y b b approved");
    assertThat(FeaturePower.power(small, contrary, "region", "decision"))
        .as("power when the rule is right 1 of 4 and the baseline 3 of 4").isCloseTo(0.0, within(1e-12));
    Table allApproved = loans("test", "A8 x a a approved", "A9 y b b approved");
    assertThat(FeaturePower.power(small, allApproved, "region", "decision"))
        .as("power when the baseline is right on every test row").isCloseTo(0.0, within(1e-12));
  }

  @Test
  @Tag("task:4")
  @DisplayName("the features at or above the threshold are flagged, in table order, never the label")
  void flagged() {
    assertThat(FeaturePower.flagged(train(), test(), "decision", 0.8))
        .as("flagged at 0.8: powers id 0, region 0, employment 0.6, letter_sent 1").containsExactly("letter_sent");
    assertThat(FeaturePower.flagged(train(), test(), "decision", 0.6))
        .as("flagged at 0.6: employment's power is exactly 0.6").containsExactly("employment", "letter_sent");
    assertThatIllegalArgumentException().as("flagged(..., \"outcome\", ...) on tables without it")
        .isThrownBy(() -> FeaturePower.flagged(train(), test(), "outcome", 0.8)).withMessageContaining("outcome");
  }
}
