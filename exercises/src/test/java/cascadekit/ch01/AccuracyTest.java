package cascadekit.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("01.accuracy: accuracy on a held-out set")
class AccuracyTest {
  private static final List<String> ACTUAL = List.of("Adelie", "Gentoo", "Gentoo", "Adelie");
  private static final List<String> PREDICTED = List.of("Adelie", "Gentoo", "Adelie", "Adelie");

  @Test
  @Tag("task:1")
  @DisplayName("3 matches out of 4 rows give 0.75")
  void threeOfFour() {
    assertThat(Accuracy.overall(ACTUAL, PREDICTED))
        .as("overall(%s, %s): rows 0, 1 and 3 match; if you got 0.0, check for int division", ACTUAL, PREDICTED)
        .isCloseTo(0.75, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("every prediction right gives 1.0, not the number of matches")
  void allRight() {
    List<String> labels = List.of("Chinstrap", "Gentoo", "Adelie");
    assertThat(Accuracy.overall(labels, labels))
        .as("overall of three correct predictions (a share between 0 and 1)")
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("labels are compared by value: equal strings from different rows match")
  void comparesByValue() {
    List<String> actual = List.of(new String("Adelie"), new String("Gentoo"));
    List<String> predicted = List.of(new String("Adelie"), new String("Gentoo"));
    assertThat(Accuracy.overall(actual, predicted))
        .as("two equal labels held in different String objects; compare with equals, not ==")
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  @Tag("task:1")
  @DisplayName("rows are matched position by position, not as a bag of labels")
  void positionByPosition() {
    List<String> actual = List.of("Adelie", "Gentoo");
    List<String> predicted = List.of("Gentoo", "Adelie");
    assertThat(Accuracy.overall(actual, predicted))
        .as("overall(%s, %s): the same labels, each on the wrong row", actual, predicted)
        .isCloseTo(0.0, within(1e-9));
  }

  @Test
  @Tag("task:2")
  @DisplayName("lists of different lengths are refused with both sizes in the message")
  void differentLengths() {
    List<String> threeLabels = List.of("Adelie", "Gentoo", "Adelie");
    List<String> fivePredictions = List.of("Adelie", "Gentoo", "Adelie", "Gentoo", "Gentoo");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("overall(3 labels, 5 predictions) must throw IllegalArgumentException naming both sizes")
        .isThrownBy(() -> Accuracy.overall(threeLabels, fivePredictions))
        .withMessageContainingAll("3", "5");
  }

  @Test
  @Tag("task:2")
  @DisplayName("empty lists are refused instead of giving NaN")
  void empty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("overall([], []) must throw IllegalArgumentException: 0/0 has no accuracy")
        .isThrownBy(() -> Accuracy.overall(List.of(), List.of()));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a class the model never gets right shows as 0.0, even when overall accuracy is 0.75")
  void hiddenClass() {
    List<String> actual = List.of("Adelie", "Adelie", "Adelie", "Chinstrap");
    List<String> predicted = List.of("Adelie", "Adelie", "Adelie", "Adelie");
    assertThat(Accuracy.perClass(actual, predicted))
        .as("perClass(%s, %s)", actual, predicted)
        .containsExactly(entry("Adelie", 1.0), entry("Chinstrap", 0.0));
  }

  @Test
  @Tag("task:3")
  @DisplayName("each class is divided by its true rows (recall), not by its predictions")
  void dividesByTrueRows() {
    List<String> actual = List.of("Adelie", "Adelie", "Chinstrap", "Chinstrap");
    List<String> predicted = List.of("Adelie", "Chinstrap", "Chinstrap", "Chinstrap");
    assertThat(Accuracy.perClass(actual, predicted))
        .as("perClass(%s, %s): 1 of 2 Adelie right, 2 of 2 Chinstrap right", actual, predicted)
        .containsExactly(entry("Adelie", 0.5), entry("Chinstrap", 1.0));
  }

  @Test
  @Tag("task:3")
  @DisplayName("a label that is only ever predicted, never true, gets no entry")
  void onlyTrueLabels() {
    List<String> actual = List.of("Gentoo", "Adelie", "Gentoo");
    List<String> predicted = List.of("Gentoo", "Chinstrap", "Gentoo");
    assertThat(Accuracy.perClass(actual, predicted))
        .as("perClass(%s, %s): keys are the true labels, in sorted order", actual, predicted)
        .containsExactly(entry("Adelie", 0.0), entry("Gentoo", 1.0));
  }

  @Test
  @Tag("task:3")
  @DisplayName("per-class accuracy refuses lists that cannot be scored, as overall does")
  void perClassRefusesMisaligned() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("perClass(2 labels, 1 prediction) must throw IllegalArgumentException")
        .isThrownBy(() -> Accuracy.perClass(List.of("Adelie", "Gentoo"), List.of("Adelie")));
  }
}
