package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
  // Worked by hand: p_o = 3/4. A says y half the time, B a quarter of the time.
  private static final List<String> A = List.of("y", "y", "n", "n");
  private static final List<String> B = List.of("y", "n", "n", "n");

  @Test
  void should_take_chance_from_each_raters_own_shares_for_cohens_kappa() {
    // WHEN / THEN: p_e = 0.5 x 0.25 + 0.5 x 0.75 = 0.5, so kappa = (0.75 - 0.5) / 0.5
    assertThat(Agreement.cohensKappa(A, B)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void should_take_chance_from_pooled_shares_for_scotts_pi() {
    // WHEN / THEN: pooled y 0.375, n 0.625, p_e = 0.140625 + 0.390625 = 0.53125,
    // pi = 0.21875 / 0.46875 = 7/15
    assertThat(Agreement.scottsPi(A, B)).isCloseTo(7.0 / 15, within(1e-12));
  }

  @Test
  void should_give_zero_kappa_when_high_agreement_is_all_chance() {
    // GIVEN nine yes and one no against ten yes
    List<String> a = new ArrayList<>(Collections.nCopies(9, "y"));
    a.add("n");
    List<String> b = Collections.nCopies(10, "y");
    // WHEN / THEN: p_o = 0.9 = p_e
    assertThat(Agreement.percent(a, b)).isCloseTo(0.9, within(1e-12));
    assertThat(Agreement.cohensKappa(a, b)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void should_refuse_lists_of_different_lengths_and_missing_labels() {
    // WHEN / THEN
    assertThatThrownBy(() -> Agreement.percent(A, List.of("y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 and 1");
    assertThatThrownBy(() -> Agreement.percent(List.of("y"), Arrays.asList((String) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing label");
  }

  @Test
  void should_refuse_kappa_when_both_raters_used_one_label_even_with_rounding() {
    // GIVEN ten items both raters label "y": chance agreement is 1, computed as 0.9999999999999998
    List<String> allYes = java.util.Collections.nCopies(10, "y");
    // WHEN / THEN
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Agreement.cohensKappa(allYes, allYes))
        .withMessageContaining("chance agreement is 1");
  }

  @Test
  void should_read_kappas_in_the_landis_and_koch_bands() {
    // WHEN / THEN: each band includes its upper bound
    assertThat(AgreementBand.of(-0.01)).isEqualTo(AgreementBand.POOR);
    assertThat(AgreementBand.of(0.0)).isEqualTo(AgreementBand.SLIGHT);
    assertThat(AgreementBand.of(0.20)).isEqualTo(AgreementBand.SLIGHT);
    assertThat(AgreementBand.of(0.21).label()).isEqualTo("fair");
    assertThat(AgreementBand.of(0.80)).isEqualTo(AgreementBand.SUBSTANTIAL);
    assertThat(AgreementBand.of(0.81).label()).isEqualTo("almost perfect");
  }
}
