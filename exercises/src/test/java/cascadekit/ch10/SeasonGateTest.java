package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.check.ValidationResult;
import cascadekit.testing.LabelGrading;
import cascadekit.testing.ManifestGrading;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The good batch is season 1's true visits (clean, in ha and kg); the bad batch is season 2 as
 * collected, missing codes read as missing, units converted and nothing else. A failed ERROR
 * constraint names the stale tablet when TAB-03, or 10 or more of its 42 frozen visits, are among
 * its failing ids, or its check's name says TAB-03; it names the volume drop when Séguéla is a
 * failing id or in its check's name (not when Séguéla is only one of a set's allowed values). Measured: the reference passes the good batch and fails the bad one with both named; a
 * gate of completeness checks passes the bad batch; row-level range and set checks fail it without
 * naming either; one visit per plot fails the good batch (plots get follow-up visits).
 */
@DisplayName("10.season-gate: a gate that stops the second season and lets the first through")
class SeasonGateTest {
  private static final Set<String> STALE = ManifestGrading.ids("stale_device");

  @Test
  @Tag("task:1")
  @DisplayName("the clean season-1 batch passes")
  void goodBatchPasses() {
    ValidationResult result = SeasonGate.validate(LabelGrading.seasonOneTruth());
    assertThat(result.passed()).as("validate(season 1, clean).passed(); errors: %s", describe(result)).isTrue();
  }

  @Test
  @Tag("task:2")
  @DisplayName("the season-2 batch fails")
  void badBatchFails() {
    ValidationResult result = SeasonGate.validate(LabelGrading.seasonTwoBatch());
    assertThat(result.passed())
        .as("validate(season 2 as collected).passed(): a tablet's clock froze on 1 November and Séguéla was "
            + "barely visited; failures: %s", describe(result))
        .isFalse();
  }

  @Test
  @Tag("task:2")
  @DisplayName("its errors name the stale tablet or the Séguéla volume drop")
  void errorsNameTheCause() {
    ValidationResult result = SeasonGate.validate(LabelGrading.seasonTwoBatch());
    List<ConstraintResult> errors = result.failures().stream().filter(r -> r.level() == Level.ERROR).toList();
    boolean stale = errors.stream().anyMatch(SeasonGateTest::namesStaleTablet);
    boolean volume = errors.stream().anyMatch(r -> names(r, "Séguéla"));
    assertThat(stale || volume)
        .as("an ERROR naming TAB-03 (or its frozen visits, e.g. %s) or Séguéla; the errors were: %s",
            STALE.stream().limit(3).toList(), describe(result))
        .isTrue();
  }

  private static boolean namesStaleTablet(ConstraintResult r) {
    long frozen = r.failingIds().stream().filter(STALE::contains).count();
    return names(r, "TAB-03") || frozen >= 10;
  }

  /** Returns whether {@code r} fails {@code what} (a tablet, a district) or is a check written for it. */
  private static boolean names(ConstraintResult r, String what) {
    return r.failingIds().contains(what) || r.check().contains(what);
  }

  private static String describe(ValidationResult result) {
    return result.failures().stream()
        .map(r -> "\n  " + r.level() + " " + r.check() + ": " + r.constraint() + " (" + r.failingCount()
            + " rows, first " + r.failingIds().stream().limit(LabelGrading.SHOWN).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining()) + (result.failures().isEmpty() ? "none" : "");
  }
}
