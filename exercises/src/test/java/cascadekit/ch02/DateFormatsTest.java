package cascadekit.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cascadekit.ch02.DateFormats.Normalized;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("02.date-formats: dates to ISO, the ambiguous ones flagged")
class DateFormatsTest {
  private static Normalized iso(String date) {
    return new Normalized(date, false);
  }

  @Test
  @Tag("task:1")
  @DisplayName("ISO dates stay as they are")
  void isoStays() {
    assertThat(DateFormats.normalize("2020-02-01")).as("normalize(\"2020-02-01\")").isEqualTo(iso("2020-02-01"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("dotted dates are day first")
  void dotted() {
    assertThat(DateFormats.normalize("01.02.2020")).as("normalize(\"01.02.2020\"): 1 February").isEqualTo(iso("2020-02-01"));
    assertThat(DateFormats.normalize("23.11.2021")).as("normalize(\"23.11.2021\")").isEqualTo(iso("2021-11-23"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("English month names are read whatever the machine's language")
  void monthNames() {
    Locale machine = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY); // as on a learner's machine in Germany
    try {
      assertThat(DateFormats.normalize("1 Feb 2020"))
          .as("normalize(\"1 Feb 2020\") on a German machine: give the formatter Locale.ENGLISH")
          .isEqualTo(iso("2020-02-01"));
      assertThat(DateFormats.normalize("17 Sep 2022")).as("normalize(\"17 Sep 2022\")").isEqualTo(iso("2022-09-17"));
    } finally {
      Locale.setDefault(machine);
    }
  }

  @Test
  @Tag("task:2")
  @DisplayName("01/02/2020 is ambiguous: 1 February or 2 January")
  void ambiguous() {
    assertThat(DateFormats.normalize("01/02/2020"))
        .as("normalize(\"01/02/2020\"): both readings are real and differ, so do not guess")
        .isEqualTo(new Normalized(null, true));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a slashed date with a day above 12 has only one reading, either way round")
  void oneReading() {
    assertThat(DateFormats.normalize("13/02/2020")).as("normalize(\"13/02/2020\"): there is no month 13").isEqualTo(iso("2020-02-13"));
    assertThat(DateFormats.normalize("02/13/2020")).as("normalize(\"02/13/2020\"): month first").isEqualTo(iso("2020-02-13"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("05/05/2020 reads the same both ways, so it is not ambiguous")
  void sameBothWays() {
    assertThat(DateFormats.normalize("05/05/2020")).as("normalize(\"05/05/2020\")").isEqualTo(iso("2020-05-05"));
  }

  @Test
  @Tag("task:3")
  @DisplayName("31 April and 29 February 2021 are refused, not moved to a nearby date, in every format")
  void impossibleDates() {
    for (String impossible : new String[] {"31.04.2021", "2021-02-29", "31/04/2021"}) {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as("normalize(\"%s\") must throw IllegalArgumentException; a SMART resolver quietly gives the 30th or 28th", impossible)
          .isThrownBy(() -> DateFormats.normalize(impossible))
          .withMessageContaining(impossible);
    }
  }

  @Test
  @Tag("task:3")
  @DisplayName("text that is no date is refused, naming it")
  void notADate() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("normalize(\"yesterday\") must throw IllegalArgumentException")
        .isThrownBy(() -> DateFormats.normalize("yesterday"))
        .withMessageContaining("yesterday");
  }
}
