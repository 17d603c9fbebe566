package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
  @Test
  void should_read_an_iso_date_and_refuse_an_impossible_or_malformed_one() {
    // GIVEN / WHEN / THEN
    assertThat(IsoDates.parse("2024-02-29")).as("leap day").isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDates.parse("2023-02-29")).as("no leap day in 2023, never moved to the 28th").isNull();
    assertThat(IsoDates.parse("2023-13-01")).as("month 13").isNull();
    assertThat(IsoDates.parse("2023-1-015")).as("dash misplaced").isNull();
    assertThat(IsoDates.parse("2023-01-1x")).as("a letter").isNull();
    assertThat(IsoDates.parse("2023-01-1")).as("too short").isNull();
  }
}
