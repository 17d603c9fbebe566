package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.confident-joint: per-class thresholds and the confident joint")
class ConfidentJointTest {
  // The example from the exercise text. Labelled 0: examples 0, 1, 2; labelled 1: examples 3, 4.
  // t_0 = (0.9 + 0.7 + 0.2) / 3 = 0.6 (over ALL examples it would be 0.44, over those predicted
  // 0 it would be 0.8); t_1 = (0.7 + 0.9) / 2 = 0.8.
  private static final int[] GIVEN = {0, 0, 0, 1, 1};
  private static final double[][] P = {{0.9, 0.1}, {0.7, 0.3}, {0.2, 0.8}, {0.3, 0.7}, {0.1, 0.9}};

  // Three classes, worked by hand: t = (0.7, (0.5 + 0.1) / 2 = 0.3, 0.6). Example 2 passes both
  // t_1 (0.3 >= 0.3) and t_2 (0.6 >= 0.6) and goes to 2, its higher probability; example 3
  // passes none (0.5 < 0.7, 0.1 < 0.3, 0.4 < 0.6), although its argmax is class 0.
  private static final int[] GIVEN_3 = {0, 1, 2, 1};
  private static final double[][] P_3 = {{0.7, 0.2, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.3, 0.6}, {0.5, 0.1, 0.4}};

  @Test
  @Tag("task:1")
  @DisplayName("each threshold is the mean probability of the class over the examples labelled with it")
  void thresholdsFromLabelledExamples() {
    assertThat(ConfidentJoint.thresholds(GIVEN, P))
        .as("thresholds: t_0 over examples 0-2 = 0.6, t_1 over examples 3-4 = 0.8;"
            + " (0.44, 0.56) means all examples were averaged, (0.8, 0.8) those predicted j")
        .containsExactly(new double[] {0.6, 0.8}, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("thresholds of three classes differ per class")
  void thresholdsOfThree() {
    assertThat(ConfidentJoint.thresholds(GIVEN_3, P_3))
        .as("thresholds of the three-class fixture: (0.7, (0.5 + 0.1) / 2, 0.6)")
        .containsExactly(new double[] {0.7, 0.3, 0.6}, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a class no example is labelled with is refused")
  void classWithoutExamples() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("thresholds when no example is labelled 1: 0/0; must throw IllegalArgumentException")
        .isThrownBy(() -> ConfidentJoint.thresholds(new int[] {0, 0}, new double[][] {{0.6, 0.4}, {0.9, 0.1}}));
  }

  @Test
  @Tag("task:2")
  @DisplayName("the confident joint counts examples by given label and confident class")
  void jointOfTheExample() {
    assertThat(ConfidentJoint.joint(GIVEN, P))
        .as("joint: examples 0, 1 in [0][0]; 2 in [0][1] (0.8 >= t_1); 3 passes nothing; 4 in [1][1]")
        .isDeepEqualTo(new int[][] {{2, 1}, {0, 1}});
  }

  @Test
  @Tag("task:2")
  @DisplayName("a probability exactly on its class's threshold passes it")
  void exactlyOnTheThreshold() {
    // t_0 = (0.75 + 0.25) / 2 = 0.5, t_1 = (0.5 + 1) / 2 = 0.75, all exact in binary. Example 1
    // (given 0) is exactly on t_1 and example 2 (given 1) exactly on t_0.
    int[] given = {0, 0, 1, 1};
    double[][] p = {{0.75, 0.25}, {0.25, 0.75}, {0.5, 0.5}, {0, 1}};
    assertThat(ConfidentJoint.joint(given, p))
        .as("joint with p = 0.75 on t_1 = 0.75 and p = 0.5 on t_0 = 0.5: at the threshold passes (>=, not >)")
        .isDeepEqualTo(new int[][] {{1, 1}, {1, 1}});
  }

  @Test
  @Tag("task:2")
  @DisplayName("an example that passes two classes with equal probability goes to the lower index")
  void tieGoesToTheLowerIndex() {
    // t_0 = t_1 = 0.5: both examples pass both classes, with 0.5 each
    assertThat(ConfidentJoint.joint(new int[] {0, 1}, new double[][] {{0.5, 0.5}, {0.5, 0.5}}))
        .as("joint of two examples at (0.5, 0.5) with thresholds (0.5, 0.5): the tie goes to class 0, not the later class")
        .isDeepEqualTo(new int[][] {{1, 0}, {1, 0}});
  }

  @Test
  @Tag("task:2")
  @DisplayName("an example passing two thresholds goes to its more probable class; one passing none is not counted")
  void jointOfThree() {
    assertThat(ConfidentJoint.joint(GIVEN_3, P_3))
        .as("joint of the three-class fixture: example 2 passes t_1 and t_2 and goes to 2;"
            + " example 3 passes none, so it is not counted (its argmax 0 is not a confident class)")
        .isDeepEqualTo(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
  }

  @Test
  @Tag("task:2")
  @DisplayName("an example whose most probable class misses its threshold goes to a class that passes")
  void jointWhenTheArgmaxFails() {
    // t_0 = (0.95 + 0.95 + 0.55) / 3 = 0.8167; t_1 = (0.3 + 0.2) / 2 = 0.25.
    // Example 4 (labelled 0): p_0 = 0.55 < t_0 but p_1 = 0.45 >= t_1, so it is confidently 1;
    // example 2 (labelled 1) likewise; example 3 passes neither. "Take the argmax, then check its
    // threshold" counts neither 2 nor 4.
    int[] given = {0, 0, 1, 1, 0};
    double[][] p = {{0.95, 0.05}, {0.95, 0.05}, {0.7, 0.3}, {0.8, 0.2}, {0.55, 0.45}};
    assertThat(ConfidentJoint.joint(given, p))
        .as("joint when the argmax of examples 2 and 4 (class 0) misses t_0 = 0.817 but class 1 passes t_1 = 0.25:"
            + " choose among the classes that pass")
        .isDeepEqualTo(new int[][] {{2, 1}, {0, 1}});
  }

  @Test
  @Tag("task:3")
  @DisplayName("the issues are the off-diagonal examples")
  void issuesOfTheExample() {
    assertThat(ConfidentJoint.issues(GIVEN, P))
        .as("issues: only example 2 (labelled 0, confidently 1)")
        .containsExactly(2);
    assertThat(ConfidentJoint.issues(GIVEN_3, P_3))
        .as("issues of the three-class fixture: every counted example is on the diagonal")
        .isEmpty();
  }

  @Test
  @Tag("task:3")
  @DisplayName("an example confidently in class 0 but labelled otherwise is an issue too")
  void issueConfidentlyClassZero() {
    // t_0 = (0.9 + 0.8) / 2 = 0.85, t_1 = (0.05 + 0.8) / 2 = 0.425. Example 2 is labelled 1, but
    // p_0 = 0.95 >= t_0 and p_1 = 0.05 < t_1: confidently class 0. Example 1 passes neither.
    int[] given = {0, 0, 1, 1};
    double[][] p = {{0.9, 0.1}, {0.8, 0.2}, {0.95, 0.05}, {0.2, 0.8}};
    assertThat(ConfidentJoint.issues(given, p))
        .as("issues: example 2, labelled 1 and confidently class 0 (class 0 is a class, not 'none')")
        .containsExactly(2);
  }

  @Test
  @Tag("task:3")
  @DisplayName("issues are ranked by self-confidence, least confident first")
  void issuesRanked() {
    // t_0 = (0.9 + 0.1 + 0.02) / 3 = 0.34, t_1 = 0.8. Examples 1 and 2 are labelled 0 but
    // confidently 1; example 2 gives its label 0.02, example 1 gives 0.1.
    int[] given = {0, 0, 0, 1};
    double[][] p = {{0.9, 0.1}, {0.1, 0.9}, {0.02, 0.98}, {0.2, 0.8}};
    assertThat(ConfidentJoint.issues(given, p))
        .as("issues ranked by p[i][given[i]]: example 2 (0.02) before example 1 (0.1), not in index order")
        .containsExactly(2, 1);
  }
}
