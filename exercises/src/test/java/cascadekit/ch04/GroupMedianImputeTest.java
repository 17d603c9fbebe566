package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch04.GroupMedianImpute.Imputed;
import cascadekit.ch04.GroupMedianImpute.Visit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.group-median-impute: fill missing values with the group median, and flag them")
class GroupMedianImputeTest {
  @Test
  @Tag("task:1")
  @DisplayName("the median of an even count is the mean of the two middle values")
  void medianEven() {
    assertThat(GroupMedianImpute.median(new ArrayList<>(List.of(64.0, 60.0, 640.0, 62.0))))
        .as("median of [64, 60, 640, 62]: sorted [60, 62, 64, 640], so (62 + 64) / 2; the mean would be 206.5")
        .isCloseTo(63.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the median of an odd count is the middle value, and the caller's list keeps its order")
  void medianOdd() {
    List<Double> values = new ArrayList<>(List.of(70.0, 700.0, 68.0));
    assertThat(GroupMedianImpute.median(values)).as("median of [70, 700, 68]: sorted [68, 70, 700]")
        .isCloseTo(70.0, within(1e-9));
    assertThat(values).as("the list after median(...): sort a copy").containsExactly(70.0, 700.0, 68.0);
  }

  @Test
  @Tag("task:1")
  @DisplayName("no values have no median, and are refused")
  void medianEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("median([]) must throw IllegalArgumentException")
        .isThrownBy(() -> GroupMedianImpute.median(new ArrayList<>()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a missing value gets its group's median, which a slipped decimal point does not drag")
  void groupMedianNotMean() {
    // P1 observed: 60, 640, 62, 64 -> median (62 + 64) / 2 = 63; the mean (826 / 4 = 206.5) is no one's weight
    Imputed imputed = GroupMedianImpute.impute(new ArrayList<>(List.of(visit("v1", "P1", 60.0), visit("v2", "P1", null),
        visit("v3", "P1", 640.0), visit("v4", "P1", 62.0), visit("v5", "P1", 64.0))));
    assertThat(imputed.visits().get(1).value())
        .as("v2 imputed from P1's observed [60, 640, 62, 64]: the median 63, not the mean 206.5")
        .isCloseTo(63.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("each group has its own median; a group with nothing observed falls back to all values")
  void groupsAndFallback() {
    // P1 observed 50, 54 -> 52; P2 observed 90 -> 90; P3 none -> all observed [50, 54, 90] -> 54
    Imputed imputed = GroupMedianImpute.impute(new ArrayList<>(List.of(visit("v1", "P1", 50.0), visit("v2", "P2", 90.0),
        visit("v3", "P1", 54.0), visit("v4", "P1", null), visit("v5", "P2", null), visit("v6", "P3", null))));
    assertThat(imputed.visits()).extracting(Visit::value)
        .as("values after impute: v4 from P1 (50, 54), v5 from P2 (90), v6 from all (50, 54, 90)")
        .containsExactly(50.0, 90.0, 54.0, 52.0, 90.0, 54.0);
  }

  @Test
  @Tag("task:2")
  @DisplayName("an imputed value never feeds a later imputation")
  void imputedValuesDoNotFeed() {
    // observed: P1 10, 20 and P2 100; v4 (P1) gets 15. v5 (P3, nothing observed) gets the median of all
    // observed values [10, 20, 100] = 20; with v4's guess fed in, [10, 15, 20, 100] would give 17.5.
    Imputed imputed = GroupMedianImpute.impute(new ArrayList<>(List.of(visit("v1", "P1", 10.0), visit("v2", "P1", 20.0),
        visit("v3", "P2", 100.0), visit("v4", "P1", null), visit("v5", "P3", null))));
    assertThat(imputed.visits().get(4).value())
        .as("v5 imputed from all observed values [10, 20, 100]; 17.5 means v4's imputed 15 was counted as observed")
        .isCloseTo(20.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the missing indicator is true exactly where a value was imputed, and observed visits stay as they were")
  void indicator() {
    List<Visit> visits = new ArrayList<>(List.of(visit("v1", "P1", 60.0), visit("v2", "P1", null), visit("v3", "P2", null)));
    Imputed imputed = GroupMedianImpute.impute(visits);
    assertThat(imputed.missing()).as("missing indicator of [60, null, null]").containsExactly(false, true, true);
    assertThat(imputed.visits().get(0)).as("v1 was observed: keep it as it was").isEqualTo(visit("v1", "P1", 60.0));
    assertThat(imputed.visits()).extracting(Visit::id).as("ids, in input order").containsExactly("v1", "v2", "v3");
    assertThat(visits.get(1).value()).as("the caller's v2 after impute(...): return new visits").isNull();
  }

  private static Visit visit(String id, String group, Double value) {
    return new Visit(id, group, value);
  }
}
