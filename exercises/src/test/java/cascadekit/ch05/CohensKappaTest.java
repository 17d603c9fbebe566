package cascadekit.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("05.cohens-kappa: percent agreement, Cohen's kappa and Scott's pi")
class CohensKappaTest {
  // The example from the exercise text: A says y to half the items, B to a quarter.
  private static final List<String> A = List.of("y", "y", "n", "n");
  private static final List<String> B = List.of("y", "n", "n", "n");

  // Twenty items, both raters say "pos" to 18 but never to the same two "neg" items:
  // p_o = 16/20 = 0.80; p_e = 0.9 * 0.9 + 0.1 * 0.1 = 0.82; kappa = (0.80 - 0.82) / 0.18 = -1/9.
  private static final List<String> RARE_A = rare(0, 1);
  private static final List<String> RARE_B = rare(2, 3);

  // Unequal label shares: A says y to 8 of 10, B to 2 of 10 (the same first two items).
  // p_o = 4/10 (items 0, 1, 8, 9). Cohen: p_e = 0.8 * 0.2 + 0.2 * 0.8 = 0.32, kappa = 0.08 / 0.68.
  // Scott: pooled y 0.5, n 0.5, p_e = 0.5, pi = (0.4 - 0.5) / 0.5 = -0.2.
  private static final List<String> SKEW_A = List.of("y", "y", "y", "y", "y", "y", "y", "y", "n", "n");
  private static final List<String> SKEW_B = List.of("y", "y", "n", "n", "n", "n", "n", "n", "n", "n");

  @Test
  @Tag("task:1")
  @DisplayName("percent agreement is the share of items both raters labelled alike")
  void percentOfTheExample() {
    assertThat(CohensKappa.percentAgreement(A, B))
        .as("percentAgreement(%s, %s): items 0, 2 and 3 agree; compute in double, not int", A, B)
        .isCloseTo(0.75, within(1e-12));
    assertThat(CohensKappa.percentAgreement(RARE_A, RARE_B))
        .as("percentAgreement of the twenty-item fixture: 16 of 20 agree")
        .isCloseTo(0.80, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("labels read at run time agree when their text is equal, whatever object holds it")
  void labelsBuiltAtRunTime() {
    // Labels parsed from a file are new String objects: == compares the objects, equals the text.
    List<String> read = List.of("y,y,n,n".split(","));
    List<String> copies = List.of(new String("y"), new String("n"), new String("n"), new String("n"));
    assertThat(CohensKappa.percentAgreement(read, copies))
        .as("percentAgreement(labels split from \"y,y,n,n\", new String copies of y, n, n, n): 0 means == on strings")
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("lists of different lengths, and empty lists, are refused")
  void refusesMisalignedLists() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("percentAgreement(4 labels, 1 label) must throw IllegalArgumentException")
        .isThrownBy(() -> CohensKappa.percentAgreement(A, List.of("y")));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("percentAgreement([], []) must throw IllegalArgumentException: 0/0 is no agreement")
        .isThrownBy(() -> CohensKappa.percentAgreement(List.of(), List.of()));
  }

  @Test
  @Tag("task:2")
  @DisplayName("Cohen's kappa of the example is 0.5")
  void kappaOfTheExample() {
    assertThat(CohensKappa.cohensKappa(A, B))
        .as("cohensKappa(%s, %s): p_o 0.75, p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5", A, B)
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("raw agreement of 0.80 can be a kappa below zero when one label is rare")
  void highAgreementLowKappa() {
    assertThat(CohensKappa.cohensKappa(RARE_A, RARE_B))
        .as("cohensKappa of 18 'pos' each, never the same 'neg': p_o 0.80, p_e 0.82, so -1/9;"
            + " 0.80 means raw agreement was returned")
        .isCloseTo(-1.0 / 9, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a label only one rater used adds nothing to chance agreement")
  void labelUsedByOneRater() {
    List<String> a = List.of("x", "x", "y");
    List<String> b = List.of("x", "z", "y");
    assertThat(CohensKappa.cohensKappa(a, b))
        .as("cohensKappa(%s, %s): p_o 2/3, p_e = 2/3 * 1/3 + 1/3 * 1/3 = 1/3 (z: 0 * 1/3), so 0.5", a, b)
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("Cohen's kappa takes chance from each rater's own shares, not pooled ones")
  void cohenIsNotScott() {
    assertThat(CohensKappa.cohensKappa(SKEW_A, SKEW_B))
        .as("cohensKappa with shares y 0.8 (A) and 0.2 (B): p_e 0.32, kappa 0.08 / 0.68 = 0.1176;"
            + " -0.2 is Scott's pi (pooled shares)")
        .isCloseTo(0.08 / 0.68, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("two raters who used one and the same label have no kappa")
  void undefinedKappa() {
    List<String> same = List.of("y", "y", "y");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("cohensKappa([y, y, y], [y, y, y]): p_e = 1, so kappa is 0/0 and must throw IllegalArgumentException")
        .isThrownBy(() -> CohensKappa.cohensKappa(same, same));
  }

  @Test
  @Tag("task:3")
  @DisplayName("ten items with one label each: p_e rounds to just under 1, and both kappas still refuse")
  void undefinedKappaDespiteRounding() {
    // Adding 1.0 / 10 ten times gives 0.9999999999999999, not 1: compare with a tolerance.
    List<String> tenYes = java.util.Collections.nCopies(10, "y");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("cohensKappa of ten y against ten y: p_e is 1 up to rounding; test p_e >= 1 - 1e-12, not p_e == 1")
        .isThrownBy(() -> CohensKappa.cohensKappa(tenYes, tenYes));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("scottsPi of ten y against ten y: the pooled p_e is 1 as well, so pi is 0/0 too")
        .isThrownBy(() -> CohensKappa.scottsPi(tenYes, tenYes));
  }

  @Test
  @Tag("task:3")
  @DisplayName("Scott's pi of the example pools the shares: 7/15")
  void piOfTheExample() {
    assertThat(CohensKappa.scottsPi(A, B))
        .as("scottsPi(%s, %s): pooled y 0.375, n 0.625, p_e 0.53125, pi 0.21875 / 0.46875", A, B)
        .isCloseTo(7.0 / 15, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("with very unequal shares Scott's pi and Cohen's kappa differ even in sign")
  void piWithUnequalShares() {
    assertThat(CohensKappa.scottsPi(SKEW_A, SKEW_B))
        .as("scottsPi with shares y 0.8 (A) and 0.2 (B): pooled 0.5 each, p_e 0.5, pi -0.2")
        .isCloseTo(-0.2, within(1e-12));
  }

  @Test
  @Tag("task:3")
  @DisplayName("with equal shares Scott's pi equals Cohen's kappa")
  void piWithEqualShares() {
    List<String> a = List.of("y", "y", "y", "n");
    List<String> b = List.of("y", "y", "n", "y");
    assertThat(CohensKappa.scottsPi(a, b))
        .as("scottsPi(%s, %s): both say y to 3 of 4, p_o 0.5, p_e 0.625, pi -1/3", a, b)
        .isCloseTo(-1.0 / 3, within(1e-12));
  }

  /** Returns twenty labels, "neg" at the two given items and "pos" elsewhere. */
  private static List<String> rare(int first, int second) {
    List<String> labels = new ArrayList<>(Collections.nCopies(20, "pos"));
    labels.set(first, "neg");
    labels.set(second, "neg");
    return labels;
  }
}
