package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch04.CategoryMap.Canonicalised;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.category-map: variants to canonical values, unknown values reported")
class CategoryMapTest {
  private static final Map<String, String> SEX = Map.of("F", "F", "female", "F", "M", "M", "male", "M");

  @Test
  @Tag("task:1")
  @DisplayName("the key ignores case, whitespace and dots")
  void key() {
    assertThat(CategoryMap.key(" J06.9 ")).as("key(' J06.9 ')").isEqualTo("j069");
    assertThat(CategoryMap.key("São Paulo")).as("key('São Paulo'): inner spaces go too").isEqualTo("sãopaulo");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the key composes accents, so both spellings of ö agree")
  void keyNfc() {
    assertThat(CategoryMap.key("MALMO\u0308")).as("key('MALMO' + combining diaeresis): NFC, then lower case")
        .isEqualTo("malm\u00f6");
  }

  @Test
  @Tag("task:2")
  @DisplayName("variants written any way become the canonical value")
  void canonicalises() {
    Canonicalised result = CategoryMap.canonicalise(list("Female ", "m", "F", "FEMALE", "Male"), SEX);
    assertThat(result.values()).as("canonicalise([Female , m, F, FEMALE, Male]): look up by key, not as written")
        .containsExactly("F", "M", "F", "F", "M");
    assertThat(result.unmapped()).as("unmapped when every value is known").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("an unknown value is kept as written and counted; a null stays null")
  void reportsUnmapped() {
    Canonicalised result = CategoryMap.canonicalise(list("x", "F", null, "X", "x", "unknown"), SEX);
    assertThat(result.values()).as("values: unknown ones are not guessed, not dropped, not nulled")
        .containsExactly("x", "F", null, "X", "x", "unknown");
    assertThat(result.unmapped()).as("unmapped, counted as written").isEqualTo(Map.of("X", 1, "unknown", 1, "x", 2));
  }

  private static List<String> list(String... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
