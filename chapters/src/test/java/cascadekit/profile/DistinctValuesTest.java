package cascadekit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistinctValuesTest {
  @Test
  void should_count_values_apart_even_when_their_hashes_collide() {
    // GIVEN "Aa" and "BB", which have the same String hash, and "Aa" again built at run time
    DistinctValues values = new DistinctValues();
    // WHEN
    int aa = values.add("Aa");
    int bb = values.add("BB");
    int again = values.add(new String(new char[] {'A', 'a'}));
    // THEN
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(values.size()).isEqualTo(2);
    assertThat(again).isEqualTo(aa);
    assertThat(values.count(aa)).isEqualTo(2);
    assertThat(values.count(bb)).isEqualTo(1);
    assertThat(values.value(bb)).isEqualTo("BB");
  }

  @Test
  void should_keep_every_value_and_its_count_as_the_table_grows() {
    // GIVEN 10,000 distinct values, each added as often as its number modulo 3, plus one
    DistinctValues values = new DistinctValues();
    for (int i = 0; i < 10_000; i++) {
      values.add("v" + i, i % 3 + 1);
    }
    // WHEN one more of each
    for (int i = 0; i < 10_000; i++) {
      values.add("v" + i);
    }
    // THEN
    assertThat(values.size()).isEqualTo(10_000);
    assertThat(values.value(9_999)).isEqualTo("v9999");
    assertThat(values.count(9_999)).isEqualTo(9_999 % 3 + 2);
    assertThat(values.count(0)).isEqualTo(2);
  }

  @Test
  void should_order_entries_as_strings_compare() {
    // GIVEN values where a prefix, a case and a non-ASCII letter decide the order
    DistinctValues values = new DistinctValues();
    String[] texts = {"Oslo", "Os", "oslo", "Ñuñoa", ""};
    for (String text : texts) {
      values.add(text);
    }
    // WHEN / THEN every pair is ordered as String.compareTo orders it
    for (int a = 0; a < texts.length; a++) {
      for (int b = 0; b < texts.length; b++) {
        assertThat(Integer.signum(values.compare(a, b))).as(texts[a] + " vs " + texts[b])
            .isEqualTo(Integer.signum(texts[a].compareTo(texts[b])));
      }
    }
  }
}
