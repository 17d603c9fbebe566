package cascadekit.clean;

import static cascadekit.clean.Fixtures.cells;
import static cascadekit.clean.Fixtures.values;
import static cascadekit.clean.Fixtures.visit;
import static cascadekit.clean.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class StepsTest {
  @Test
  void should_read_sentinels_by_value_and_words_in_any_case_as_missing() {
    // GIVEN
    Table visits = visits(visit("V1", "A", -999.0, 70.0, " Unknown"), visit("V2", "B", 170.0, 999.0, "F"));
    // WHEN
    Cleaned step = MissingMarkers.of("-999", "unknown").normalise(visits, List.of("height_cm", "weight_kg", "sex"));
    // THEN
    assertThat(step.changes()).containsExactly(
        new AuditEntry("V1", "height_cm", -999.0, null, MissingMarkers.RULE),
        new AuditEntry("V1", "sex", " Unknown", null, MissingMarkers.RULE));
  }

  @Test
  void should_impute_the_group_median_and_flag_each_imputed_row() {
    // GIVEN patient heights by sex: F 160, 164, 200 (median 164) and one F missing; M missing with no M observed
    Table visits = visits(visit("V1", "A", 160.0, 1.0, "F"), visit("V2", "B", 164.0, 1.0, "F"), visit("V3", "C", 200.0, 1.0, "F"),
        visit("V4", "D", null, 1.0, "F"), visit("V5", "E", null, 1.0, "M"));
    // WHEN
    Cleaned step = GroupMedianImputer.impute(visits, "height_cm", List.of("sex"), "impute");
    // THEN V4 gets the F median 164 (the mean, 174.7, would be dragged by 200); V5 the overall median, also 164
    assertThat(values(step.table(), "height_cm").get(3)).as("V4").isEqualTo(164.0);
    assertThat(values(step.table(), "height_cm").get(4)).as("V5").isEqualTo(164.0);
    assertThat(values(step.table(), "height_cm_missing")).containsExactly(false, false, false, true, true);
  }

  @Test
  void should_map_variants_to_canonical_values_and_report_the_unknown_ones() {
    // GIVEN
    Table visits = visits(visit("V1", "A", 1.0, 1.0, "Female "), visit("V2", "B", 1.0, 1.0, "F"), visit("V3", "C", 1.0, 1.0, "x"),
        visit("V4", "D", 1.0, 1.0, "MALE"));
    CategoryMap sex = CategoryMap.of("F", "M").alias("female", "F").alias("male", "M");
    // WHEN
    CategoryMap.Canonicalised step = sex.canonicalise(visits, "sex", "sex");
    // THEN
    assertThat(values(step.cleaned().table(), "sex")).containsExactly("F", "F", "x", "M");
    assertThat(step.cleaned().changes()).hasSize(2);
    assertThat(step.unmapped()).isEqualTo(Map.of("x", 1));
  }

  @Test
  void should_pair_names_that_differ_by_case_spaces_or_a_swap_within_a_block_only() {
    // GIVEN
    Table visits = visits(visit("V1", "Zoë Silva", 1.0, 1.0, "F"), visit("V2", "ZOË  SILVA ", 1.0, 1.0, "F"),
        visit("V3", "Zoë Silav", 1.0, 1.0, "F"), visit("V4", "Zoë Silva", 1.0, 1.0, "M"));
    // WHEN blocking on sex: V4 is in another block
    NearDuplicates.Found found = NearDuplicates.find(visits, "name", List.of("sex"), 1);
    // THEN three pairs among V1..V3, out of 3 comparisons instead of 6
    assertThat(found.pairs()).containsExactly(new NearDuplicates.Pair("V1", "V2", 0), new NearDuplicates.Pair("V1", "V3", 1),
        new NearDuplicates.Pair("V2", "V3", 1));
    assertThat(found.comparisons()).isEqualTo(3);
    assertThat(values(NearDuplicates.removeLater(visits, found.pairs()).table(), "visit_id")).containsExactly("V1", "V4");
  }

  @Test
  void should_leave_the_input_table_as_it_was() {
    // GIVEN
    Table visits = visits(visit("V1", "A", null, -999.0, "male"), visit("V2", "A", null, -999.0, "male"),
        visit("V3", "B", 170.0, 60.0, "F"));
    List<List<Object>> before = cells(visits);
    // WHEN
    Cleaned markers = MissingMarkers.of("-999").normalise(visits, List.of("weight_kg"));
    Cleaned dedup = ExactDuplicates.remove(visits);
    Cleaned imputed = GroupMedianImputer.impute(markers.table(), "height_cm", List.of(), "impute");
    // THEN
    assertThat(cells(visits)).as("the input table").isEqualTo(before);
    assertThat(values(markers.table(), "weight_kg")).containsExactly(null, null, 60.0);
    assertThat(dedup.table().rowCount()).isEqualTo(2);
    assertThat(markers.table().columnNames()).as("the imputer's input").doesNotContain("height_cm_missing");
    assertThat(imputed.table().columnNames()).contains("height_cm_missing");
  }

  @Test
  void should_count_a_swap_of_neighbours_as_one_edit() {
    assertThat(EditDistance.between("nowak", "nwoak")).isEqualTo(1);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
  }

  @Test
  void should_place_fences_by_each_rule() {
    // GIVEN 1..9 and 100: median 5.5, MAD 2.5 (|x - 5.5| sorted: .5 .5 1.5 1.5 2.5 2.5 3.5 3.5 4.5 94.5)
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    // WHEN / THEN robust: 5.5 ± 3.5 x 1.4826 x 2.5
    assertThat(Fences.robustZ(values, 3.5).upper()).isCloseTo(5.5 + 3.5 * 1.4826 * 2.5, within(1e-9));
    // R-7 quartiles: Q1 at 1 + 0.25 x 9 = 3.25, Q3 at 1 + 0.75 x 9 = 7.75 (1-based positions): IQR 4.5
    assertThat(Fences.iqr(values, 1.5)).isEqualTo(new Fences(3.25 - 6.75, 7.75 + 6.75));
    assertThat(Fences.zScore(values, 3).isOutside(100)).as("100 inflates the sd it is judged by").isFalse();
    assertThat(Fences.robustZ(values, 3.5).isOutside(100)).isTrue();
  }

  @Test
  void should_convert_only_the_rows_in_the_other_unit() {
    // GIVEN
    Table visits = visits(visit("V1", "A", 170.0, 154.3, "F"), visit("V2", "B", 170.0, 70.0, "F"), visit("V3", "C", 170.0, null, "F"));
    // WHEN 154.3 lb / 2.20462 = 69.99 kg
    Cleaned step = Units.convert(visits, "weight_kg", t -> t.numberColumn("weight_kg").isGreaterThan(120), lb -> lb / Units.POUNDS_PER_KG, 1, "lb");
    // THEN
    assertThat(step.changes()).containsExactly(new AuditEntry("V1", "weight_kg", 154.3, 70.0, "lb"));
  }
}
