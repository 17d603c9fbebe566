package cascadekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesTextTest {
  private static final List<String> CLASSES = List.of("good", "bad");

  @Test
  void should_predict_the_class_whose_words_a_text_uses() {
    // GIVEN
    NaiveBayesText model =
        NaiveBayesText.fit(
            List.of("Works great!", "great value", "Arrived broken.", "broken again"),
            List.of("good", "good", "bad", "bad"),
            CLASSES);
    // WHEN / THEN
    assertThat(model.predictAll(List.of("GREAT lamp", "lamp broken"))).containsExactly("good", "bad");
  }

  @Test
  void should_give_probabilities_that_sum_to_one_even_for_unseen_words() {
    // GIVEN one text per class. Worked by hand: vocabulary {a, b} has 2 words, each class 1 word,
    // so P(a | x) = 2/3, P(a | y) = 1/3 with equal priors: P(x | "a") = 2/3
    NaiveBayesText model = NaiveBayesText.fit(List.of("a", "b"), List.of("x", "y"), List.of("x", "y"));
    // WHEN / THEN
    assertThat(model.probabilities("a")).containsExactly(new double[] {2 / 3.0, 1 / 3.0}, within(1e-12));
    assertThat(Arrays.stream(model.probabilities("zzz")).sum()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void should_refuse_a_label_outside_the_classes() {
    // WHEN / THEN
    assertThatThrownBy(() -> NaiveBayesText.fit(List.of("a"), List.of("ugly"), CLASSES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ugly'");
  }

  @Test
  void should_score_every_text_with_a_model_that_did_not_train_on_it() {
    // GIVEN one text whose label contradicts its three identical twins
    List<String> texts = List.of("great", "great", "great", "great", "broken", "broken", "broken", "broken");
    List<String> labels = List.of("bad", "good", "good", "good", "bad", "bad", "bad", "bad");
    // WHEN
    double[][] p = CrossValidation.probabilities(texts, labels, CLASSES, 4, 7);
    // THEN: out of sample, the mislabelled text looks good, not like its own label
    assertThat(p[0][0]).isGreaterThan(0.5);
    assertThat(Arrays.stream(p).mapToDouble(row -> row[0] + row[1])).allSatisfy(sum -> assertThat(sum).isCloseTo(1.0, within(1e-12)));
    assertThat(CrossValidation.probabilities(texts, labels, CLASSES, 4, 7)).isDeepEqualTo(p);
  }
}
