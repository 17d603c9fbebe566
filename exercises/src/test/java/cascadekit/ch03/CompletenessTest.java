package cascadekit.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("03.completeness: completeness with several missing markers")
class CompletenessTest {
  // Built at run time, as markers read from a file are: == on them compares references, not text.
  private static final Set<String> MARKERS = Set.of("NA,-999,unknown".split(","));

  @Test
  @Tag("task:1")
  @DisplayName("NA, -999 and unknown are missing, whatever their case or surrounding spaces")
  void markersAreMissing() {
    for (String cell : List.of("NA", " NA ", "na", "-999", "Unknown", "UNKNOWN ", new String("NA"))) {
      assertThat(Completeness.isMissing(cell, MARKERS))
          .as("isMissing(\"%s\", %s): trim the cell and compare ignoring case", cell, MARKERS)
          .isTrue();
    }
  }

  @Test
  @Tag("task:1")
  @DisplayName("null, empty and blank cells are missing even when no marker names them")
  void nullAndBlankAreMissing() {
    assertThat(Completeness.isMissing(null, Set.of())).as("isMissing(null, {}): a null cell has no value").isTrue();
    assertThat(Completeness.isMissing("", Set.of())).as("isMissing(\"\", {}): an empty cell has no value").isTrue();
    assertThat(Completeness.isMissing("   ", Set.of())).as("isMissing(\"   \", {}): blank is empty too").isTrue();
  }

  @Test
  @Tag("task:1")
  @DisplayName("real values are present, including ones that merely contain a marker")
  void valuesArePresent() {
    for (String cell : List.of("43", "0", "NAN", "Nadia", "-9990", "F")) {
      assertThat(Completeness.isMissing(cell, MARKERS))
          .as("isMissing(\"%s\", %s): a marker must match the whole trimmed cell, not a part of it", cell, MARKERS)
          .isFalse();
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("NA is not counted as present: 2 real ages of 5 cells give 0.4")
  void naIsNotPresent() {
    // 43 and 51 are present; NA, "" and -999 are not: 2 / 5 = 0.4
    List<String> ages = new ArrayList<>(List.of("43", "NA", "", "51", "-999"));
    assertThat(Completeness.completeness(ages, MARKERS))
        .as("completeness(%s): 0.8 means NA or -999 was counted as a value; 1.0 means you divided by the present cells", ages)
        .isCloseTo(0.4, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a complete column is 1.0 and a column of markers is 0.0")
  void bounds() {
    assertThat(Completeness.completeness(List.of("F", "M", "F"), MARKERS))
        .as("completeness of three values").isCloseTo(1.0, within(1e-9));
    assertThat(Completeness.completeness(List.of("NA", "unknown"), MARKERS))
        .as("completeness of two markers").isCloseTo(0.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("one missing cell in three gives 2/3, not 0 (integer division)")
  void notIntegerDivision() {
    assertThat(Completeness.completeness(List.of("1", "2", " na"), MARKERS))
        .as("completeness([1, 2, \" na\"]): 2 / 3; 0.0 means int division")
        .isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("an empty column is refused")
  void emptyRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("completeness([]) must throw IllegalArgumentException, not return NaN")
        .isThrownBy(() -> Completeness.completeness(List.of(), MARKERS));
  }

  @Test
  @Tag("task:3")
  @DisplayName("each column is scored over all rows, and a missing key counts as missing")
  void perColumn() {
    // age: 43, -999, 60 -> 2 of 3; sex: F, (no key), unknown -> 1 of 3; clinic: Oslo x3 -> 3 of 3
    Map<String, String> second = new HashMap<>(Map.of("age", "-999", "clinic", "Oslo"));
    List<Map<String, String>> rows = new ArrayList<>(List.of(
        Map.of("age", "43", "sex", "F", "clinic", "Oslo"), second, Map.of("age", "60", "sex", "unknown", "clinic", "Oslo")));
    assertThat(Completeness.perColumn(rows, List.of("sex", "clinic", "age"), MARKERS))
        .as("perColumn over 3 rows, sorted by column name; sex lacks its key in row 2")
        .containsExactly(entry("age", 2.0 / 3), entry("clinic", 1.0), entry("sex", 1.0 / 3));
  }

  @Test
  @Tag("task:3")
  @DisplayName("only the named columns are scored")
  void onlyNamedColumns() {
    List<Map<String, String>> rows = Arrays.asList(Map.of("age", "43", "notes", ""));
    assertThat(Completeness.perColumn(rows, List.of("age"), MARKERS))
        .as("perColumn(rows, [age]): notes was not asked for")
        .containsOnlyKeys("age");
  }
}
