package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.uniqueness: uniqueness versus distinctness (Deequ's definitions)")
class UniquenessTest {
  // a x2, b x1, c x3, d x1: 7 values, 4 distinct, 2 occur exactly once (b, d)
  // Built at run time, as values read from a file are: == on them compares references, not text.
  private static final List<String> VALUES = List.of("a,a,b,c,c,c,d".split(","));

  @Test
  @Tag("task:1")
  @DisplayName("4 distinct values among 7 give distinctness 4/7")
  void distinctness() {
    assertThat(Uniqueness.distinctness(VALUES))
        .as("distinctness(%s): 4 distinct / 7 values", VALUES)
        .isCloseTo(4.0 / 7, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("nulls are left out of distinctness, as Deequ leaves them out")
  void distinctnessIgnoresNulls() {
    // x, y, y, null: 3 values present, 2 distinct -> 2/3 (not 2/4, not 3/4 with null as a value)
    List<String> values = Arrays.asList("x", "y", "y", null);
    assertThat(Uniqueness.distinctness(values))
        .as("distinctness(%s): 2 distinct among 3 present values", values)
        .isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a column with no value is refused")
  void distinctnessRefusesEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("distinctness([null, null]) must throw IllegalArgumentException")
        .isThrownBy(() -> Uniqueness.distinctness(Arrays.asList(null, null)));
  }

  @Test
  @Tag("task:2")
  @DisplayName("only b and d occur exactly once: uniqueness 2/7, not distinctness 4/7")
  void uniqueness() {
    assertThat(Uniqueness.uniqueness(VALUES))
        .as("uniqueness(%s): values seen exactly once (b, d) / 7; 4/7 is distinctness, 1/7 counts only one of them", VALUES)
        .isCloseTo(2.0 / 7, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("an id column where every value differs has uniqueness 1.0")
  void keyColumn() {
    List<String> ids = new ArrayList<>(List.of("V1", "V2", "V3"));
    assertThat(Uniqueness.uniqueness(ids)).as("uniqueness(%s)", ids).isCloseTo(1.0, within(1e-9));
    assertThat(ids).as("the caller's list after uniqueness(): it must not be sorted or changed").containsExactly("V1", "V2", "V3");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a duplicated id drops uniqueness by two rows, distinctness by one")
  void duplicatedKey() {
    // V1, V2, V2, V3: distinctness 3/4, uniqueness 2/4 (V1 and V3): both rows of V2 lose it
    List<String> ids = new ArrayList<>(List.of("V2", "V1", "V3", "V2"));
    assertThat(Uniqueness.uniqueness(ids)).as("uniqueness(%s): V1 and V3 occur once", ids).isCloseTo(0.5, within(1e-9));
    assertThat(ids).as("the caller's list after uniqueness(): it must not be sorted or changed").containsExactly("V2", "V1", "V3", "V2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("nulls are left out of uniqueness and never count as a unique value")
  void uniquenessIgnoresNulls() {
    // a, a, b, null: 3 present; b once -> 1/3
    List<String> values = Arrays.asList("a", "a", "b", null);
    assertThat(Uniqueness.uniqueness(values)).as("uniqueness(%s)", values).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("UniqueValueRatio divides the values seen once by the distinct values: 2/4")
  void uniqueValueRatio() {
    assertThat(Uniqueness.uniqueValueRatio(VALUES))
        .as("uniqueValueRatio(%s): 2 seen once / 4 distinct", VALUES)
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a column with no value has no uniqueness")
  void uniquenessRefusesEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("uniqueness([null]) must throw IllegalArgumentException, not return 0 / 0 = NaN")
        .isThrownBy(() -> Uniqueness.uniqueness(Arrays.asList((String) null)));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a column with no value has no UniqueValueRatio")
  void uniqueValueRatioRefusesEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("uniqueValueRatio([]) must throw IllegalArgumentException, not return 0 / 0 = NaN")
        .isThrownBy(() -> Uniqueness.uniqueValueRatio(List.of()));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a column of one repeated value has UniqueValueRatio 0")
  void constantColumn() {
    assertThat(Uniqueness.uniqueValueRatio(List.of("F", "F", "F")))
        .as("uniqueValueRatio([F, F, F]): no value occurs once")
        .isCloseTo(0.0, within(1e-9));
  }
}
