package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch02.RowValidation.Problem;
import cascadekit.ch02.RowValidation.Result;
import cascadekit.ch02.RowValidation.Visit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.row-validation: one row against a schema")
class RowValidationTest {
  private static Map<String, String> row(String patient, String age, String weight) {
    Map<String, String> row = new HashMap<>();
    row.put("patient_id", patient);
    row.put("age", age);
    row.put("weight_kg", weight);
    return row;
  }

  @Test
  @Tag("task:1")
  @DisplayName("a valid row comes back typed")
  void typed() {
    assertThat(RowValidation.validate(2, row("P1", "41", "72.5")))
        .as("validate(2, {P1, 41, 72.5})")
        .isEqualTo(new Result(new Visit("P1", 41, 72.5), null));
  }

  @Test
  @Tag("task:1")
  @DisplayName("NA and empty values are missing: null, not the text NA and not 0")
  void missingMarkers() {
    assertThat(RowValidation.validate(7, row("P1", "NA", "")))
        .as("validate(7, {P1, NA, \"\"}): age and weight are missing, and missing is allowed for them")
        .isEqualTo(new Result(new Visit("P1", null, null), null));
  }

  @Test
  @Tag("task:1")
  @DisplayName("spaces around a marker or a value do not count: \" NA \" is missing too")
  void spacesAroundValues() {
    assertThat(RowValidation.validate(11, row("P1", " NA ", " 72.5 ")))
        .as("validate(11, {P1, \" NA \", \" 72.5 \"}): strip before comparing with the markers and before parsing")
        .isEqualTo(new Result(new Visit("P1", null, 72.5), null));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a missing patient id is a problem, located at its line and column")
  void missingRequired() {
    assertThat(RowValidation.validate(12, row("NA", "41", "72.5")))
        .as("validate(12, {NA, 41, 72.5}): patient_id is required, and NA means missing")
        .isEqualTo(new Result(null, new Problem(12, "patient_id", "NA", "missing required value")));
  }

  @Test
  @Tag("task:2")
  @DisplayName("text that is not a whole number is a problem in age, with the raw value")
  void badAge() {
    assertThat(RowValidation.validate(9, row("P2", "4l", "80")))
        .as("validate(9, {P2, 4l, 80}): 4l (a letter l) is not a number")
        .isEqualTo(new Result(null, new Problem(9, "age", "4l", "not a whole number")));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a decimal comma is refused, not read as a bigger number")
  void decimalComma() {
    assertThat(RowValidation.validate(5, row("P3", "41", "72,5")))
        .as("validate(5, {P3, 41, 72,5}): weights are written with a point")
        .isEqualTo(new Result(null, new Problem(5, "weight_kg", "72,5", "not a decimal number")));
  }

  @Test
  @Tag("task:2")
  @DisplayName("NaN, Infinity and 1e3 are not weights written with digits and a point")
  void notPlainDecimals() {
    for (String odd : new String[] {"NaN", "Infinity", "1e3"}) {
      assertThat(RowValidation.validate(5, row("P3", "41", odd)).problem())
          .as("validate(5, {P3, 41, %s}): Double.valueOf accepts it, the schema does not", odd)
          .isEqualTo(new Problem(5, "weight_kg", odd, "not a decimal number"));
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("the first problem in column order is the one reported")
  void firstProblem() {
    assertThat(RowValidation.validate(3, row("", "x", "y")).problem())
        .as("validate(3, {\"\", x, y}): patient_id comes first")
        .isEqualTo(new Problem(3, "patient_id", "", "missing required value"));
  }

  @Test
  @Tag("task:3")
  @DisplayName("an age of 430 parses but is out of range")
  void outOfRange() {
    assertThat(RowValidation.validate(4, row("P3", "430", "NA")))
        .as("validate(4, {P3, 430, NA})")
        .isEqualTo(new Result(null, new Problem(4, "age", "430", "out of range 0-130")));
  }

  @Test
  @Tag("task:3")
  @DisplayName("the ends of the range, 0 and 130, are allowed")
  void rangeEnds() {
    assertThat(RowValidation.validate(6, row("P4", "0", "3.4")).visit())
        .as("validate(6, {P4, 0, 3.4}): a newborn")
        .isEqualTo(new Visit("P4", 0, 3.4));
    assertThat(RowValidation.validate(8, row("P5", "130", "50")).visit())
        .as("validate(8, {P5, 130, 50}): 130 is inside 0-130")
        .isEqualTo(new Visit("P5", 130, 50.0));
  }
}
