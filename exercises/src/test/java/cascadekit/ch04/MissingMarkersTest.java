package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.missing-markers: markers of \"no value\" become real missing values")
class MissingMarkersTest {
  // Built at run time, as markers read from a file are: == on them compares references, not text.
  private static final Set<String> TEXT_MARKERS = Set.of("NA,unknown".split(","));

  @Test
  @Tag("task:1")
  @DisplayName("text markers become null, whatever their case and spaces; other values stay")
  void textMarkers() {
    assertThat(MissingMarkers.normalise(list("F", " NA", "Unknown", "M", "na ", "NA\u2003"), TEXT_MARKERS))
        .as("normalise([F, ' NA', Unknown, M, 'na ', 'NA' + em space]) with markers {NA, unknown}: compare stripped"
            + " (strip() removes the em space, trim() does not), ignoring case")
        .containsExactly("F", null, null, "M", null, null);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a value that only contains a marker is data, and a null stays null")
  void containsIsNotEquals() {
    assertThat(MissingMarkers.normalise(list("Nadia", "Anna", null, "unknown person"), TEXT_MARKERS))
        .as("normalise([Nadia, Anna, null, 'unknown person']): 'Nadia' holds 'NA' but is a name (equals, not contains)")
        .containsExactly("Nadia", "Anna", null, "unknown person");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the caller's list is left as it was")
  void leavesInputAlone() {
    List<String> values = list("F", "NA");
    List<String> result = MissingMarkers.normalise(values, TEXT_MARKERS);
    assertThat(values).as("the input after normalise(...): return a new list, keep the raw values for the audit")
        .containsExactly("F", "NA");
    assertThat(result).as("the result of normalise([F, NA])").containsExactly("F", null);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a numeric sentinel is a marker by value: -999.0 and -999.00 are -999")
  void sentinelByValue() {
    assertThat(MissingMarkers.normalise(list("172", "-999.0", "-999", " -999.00"), Set.of("-999")))
        .as("normalise([172, -999.0, -999, ' -999.00']) with marker -999: compare numbers by value")
        .containsExactly("172", null, null, null);
  }

  @Test
  @Tag("task:2")
  @DisplayName("numbers that are not the sentinel's value stay, even when they look alike")
  void lookAlikeNumbers() {
    assertThat(MissingMarkers.normalise(list("-9990", "999", "-99.9", "0"), Set.of("-999", "NA")))
        .as("normalise([-9990, 999, -99.9, 0]) with markers {-999, NA}: none equals -999 in value")
        .containsExactly("-9990", "999", "-99.9", "0");
  }

  /** Returns a mutable list, which may hold null. */
  private static List<String> list(String... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
