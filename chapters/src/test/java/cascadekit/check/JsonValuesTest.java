package cascadekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict JSON reader behind the metrics file. */
class JsonValuesTest {
  @Test
  void should_read_objects_arrays_escapes_numbers_and_words_with_spaces_between() {
    // GIVEN / WHEN
    Object value = JsonValues.read(" { \"a\" : [ 1 , -2.5e1 , true , false , null ] , \"b\" : \"\\u00e9\\\"\\n\\/\" , \"c\" : {} } ");
    // THEN
    assertThat(value).isEqualTo(Map.of("a", Arrays.asList(1.0, -25.0, true, false, null),
        "b", "é\"\n/", "c", Map.of()));
    assertThat(JsonValues.read("[]")).isEqualTo(List.of());
  }

  @Test
  void should_refuse_what_json_does_not_allow_naming_the_column() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> JsonValues.read("[1,]")).hasMessage("column 4: expected a value, found ']'");
    assertThatThrownBy(() -> JsonValues.read("{\"a\":1} x")).hasMessage("column 9: expected nothing after the value, found 'x'");
    assertThatThrownBy(() -> JsonValues.read("[01]")).hasMessage("column 2: expected a value, found '0'");
    assertThatThrownBy(() -> JsonValues.read("{a:1}")).hasMessage("column 2: expected a member name in double quotes, found 'a'");
    assertThatThrownBy(() -> JsonValues.read("\"\\x\"")).hasMessage("column 4: expected an escape such as \\\" or \\u00e9, found '\"'");
    assertThatThrownBy(() -> JsonValues.read("\"abc")).hasMessage("column 5: expected '\"', found the end of the line");
    assertThatThrownBy(() -> JsonValues.read("[1 2]")).hasMessage("column 4: expected ',' or ']', found '2'");
  }
}
