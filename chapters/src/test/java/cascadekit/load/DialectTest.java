package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTest {
  @Test
  void should_pick_the_delimiter_that_is_steady_on_every_line() {
    // WHEN / THEN
    assertThat(Dialect.sniff("id;wait\n1;17,1\n2;18,0\n").delimiter()).isEqualTo(';');
    assertThat(Dialect.sniff("id\tnote\n1\ta, b, c\n2\td\n").delimiter()).isEqualTo('\t');
    assertThat(Dialect.sniff("one column\n").delimiter()).isEqualTo(',');
  }

  @Test
  void should_notice_a_byte_order_mark() {
    // WHEN / THEN
    assertThat(Dialect.sniff("\uFEFFid,city\n1,Oslo\n").bom()).isTrue();
    assertThat(Dialect.sniff("id,city\n1,Oslo\n").bom()).isFalse();
  }
}
