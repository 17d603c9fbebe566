package cascadekit.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import cascadekit.ch01.UnitSwitch.Reading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("01.unit-switch: rows that carry a unit switch")
class UnitSwitchTest {
  @Test
  @Tag("task:1")
  @DisplayName("the median of an odd count is the middle value once sorted")
  void medianOfOddCount() {
    List<Reading> heights = readings(170, 1.62, 181);
    assertThat(UnitSwitch.median(heights))
        .as("median of [170, 1.62, 181]: sorted it is [1.62, 170, 181]")
        .isCloseTo(170.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the median of an even count is the mean of the two middle values")
  void medianOfEvenCount() {
    List<Reading> heights = readings(170, 1.62, 181, 158);
    assertThat(UnitSwitch.median(heights))
        .as("median of [170, 1.62, 181, 158]: sorted [1.62, 158, 170, 181], so (158 + 170) / 2")
        .isCloseTo(164.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("the caller's list keeps its order")
  void leavesInputAlone() {
    List<Reading> heights = readings(170, 1.62, 181);
    List<Reading> before = List.copyOf(heights);
    UnitSwitch.median(heights);
    assertThat(heights).as("the list after median(...): sort a copy, not the rows").isEqualTo(before);
  }

  @Test
  @Tag("task:1")
  @DisplayName("an empty list has no median and is refused")
  void emptyMedian() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("median([]) must throw IllegalArgumentException")
        .isThrownBy(() -> UnitSwitch.median(new ArrayList<>()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a height in metres among centimetres is a suspect")
  void metresAmongCentimetres() {
    assertThat(UnitSwitch.suspects(readings(170, 1.62, 181, 158, 176), 10))
        .as("suspects of [170, 1.62, 181, 158, 176] at factor 10 (median 170)")
        .containsExactly("p2");
  }

  @Test
  @Tag("task:2")
  @DisplayName("values too large are suspects as well as values too small, in input order")
  void bothDirections() {
    assertThat(UnitSwitch.suspects(readings(170, 165, 1750, 1.80, 172), 5))
        .as("suspects of [170, 165, 1750 (mm), 1.80 (m), 172] at factor 5 (median 170)")
        .containsExactly("p3", "p4");
  }

  @Test
  @Tag("task:2")
  @DisplayName("one wild value does not make every normal row a suspect (use the median, not the mean)")
  void robustToWildValue() {
    assertThat(UnitSwitch.suspects(readings(170, 165, 1_650_000, 172, 168, 1.71), 10))
        .as("suspects of [170, 165, 1650000, 172, 168, 1.71] at factor 10: median 169, but the mean is about 275113")
        .containsExactly("p3", "p6");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the factor decides: 40 among 100s is a suspect at factor 2 but not at factor 10")
  void factorDecides() {
    List<Reading> values = readings(100, 100, 100, 40, 100);
    assertThat(UnitSwitch.suspects(values, 2)).as("suspects at factor 2 (40 < 100 / 2)").containsExactly("p4");
    assertThat(UnitSwitch.suspects(values, 10)).as("suspects at factor 10 (40 > 100 / 10)").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("a reading exactly factor times off the median is not a suspect: only more than that is")
  void exactlyOnTheThreshold() {
    assertThat(UnitSwitch.suspects(readings(100, 100, 100, 25, 400, 24), 4))
        .as("suspects of [100, 100, 100, 25, 400, 24] at factor 4 (median 100): 25 = 100 / 4 and 400 = 100 * 4"
            + " sit on the limits, not beyond them; 24 is beyond")
        .containsExactly("p6");
  }

  @Test
  @Tag("task:3")
  @DisplayName("suspects are rescaled toward the median: small ones multiplied, large ones divided")
  void repairsSuspects() {
    List<Reading> repaired = UnitSwitch.repaired(readings(170.25, 1.62, 17600, 158.4, 176.5), 10, 100);
    assertThat(repaired).extracting(Reading::id).as("ids, in input order").containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(repaired.get(1).value()).as("p2 = 1.62 m, repaired to cm").isCloseTo(162.0, within(1e-9));
    assertThat(repaired.get(2).value()).as("p3 = 17600 (176.00 with its decimal point dropped), divided by 100").isCloseTo(176.0, within(1e-9));
  }

  @Test
  @Tag("task:3")
  @DisplayName("readings that are not suspects come back exactly as they were")
  void leavesCleanRowsAlone() {
    List<Reading> input = readings(170.25, 1.62, 17600, 158.4, 176.5);
    List<Reading> repaired = UnitSwitch.repaired(input, 10, 100);
    assertThat(repaired).as("repaired(...) returns one reading per input reading").hasSize(5);
    assertThat(List.of(repaired.get(0), repaired.get(3), repaired.get(4)))
        .as("p1, p4 and p5 were never suspects: a cleaner that changes clean rows does harm")
        .containsExactly(input.get(0), input.get(3), input.get(4));
  }

  /** Returns readings p1, p2, ... with the given values, in a list the code under test could change. */
  private static List<Reading> readings(double... values) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      readings.add(new Reading("p" + (i + 1), values[i]));
    }
    return readings;
  }
}
