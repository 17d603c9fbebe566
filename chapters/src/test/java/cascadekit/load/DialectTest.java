package cascadekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void should_judge_the_quote_by_quoted_fields_not_by_an_apostrophe_inside_one() {
    // GIVEN a field that starts with an apostrophe, and fields quoted with apostrophes
    String apostrophe = "id,city\n1,'s-Hertogenbosch\n2,Oslo\n";
    String quoted = "id,city\n1,'Oslo, Norway'\n2,'Malmö'\n";
    // WHEN / THEN
    assertThat(Dialect.sniff(apostrophe).quote()).isEqualTo('"');
    assertThat(Dialect.sniff(quoted).quote()).isEqualTo('\'');
  }

  @Test
  void should_count_a_field_quoted_around_a_delimiter_as_one_quoted_field() {
    // WHEN / THEN
    assertThat(QuotedFields.count("1,'a,b','c'", ',', '\'')).isEqualTo(2);
    assertThat(QuotedFields.count("1,'s-Hertogenbosch,x", ',', '\'')).isZero();
  }

  @Test
  void should_refuse_a_delimiter_that_is_the_quote() {
    // WHEN / THEN
    assertThatThrownBy(() -> Dialect.csv().delimiter('"'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter 34 and quote 34 must differ from each other and from line breaks");
  }
}
