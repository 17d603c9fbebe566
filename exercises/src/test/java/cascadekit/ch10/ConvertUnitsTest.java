package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.testing.CropSurveyVisits;
import cascadekit.testing.ManifestGrading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

@DisplayName("10.convert-units: every area in hectares, every yield in kilograms")
class ConvertUnitsTest {
  /** Rows whose area or yield the truth knows differently for another reason than units. */
  private static final Set<String> IMPOSSIBLE = ManifestGrading.ids("impossible_negative_area", "impossible_yield");

  @Test
  @Tag("task:1")
  @DisplayName("areas written in acres are in hectares within 0.01 ha on average; the rest are unchanged")
  void acresToHectares() {
    Errors errors = errors("area", "area_unit", "acre");
    assertThat(errors.converted()).as("the %d area cells written in acres: mean absolute error vs truth %.4f ha "
        + "(largest first 10: %s)", errors.converted().size(), errors.mae(errors.converted()),
        errors.worst()).isNotEmpty();
    assertThat(errors.mae(errors.converted())).as("MAE of the acre cells in ha, largest errors: %s", errors.worst())
        .isLessThan(0.01);
    assertThat(errors.mae(errors.unchanged())).as("MAE of the cells already in ha: they must stay as they were")
        .isLessThan(0.001);
  }

  @Test
  @Tag("task:1")
  @DisplayName("afterwards area_unit says ha on every row, and no row is dropped")
  void areaUnitIsHectares() {
    Table visits = CropSurveyVisits.season(1);
    Table canonical = ConvertUnits.toCanonical(visits);
    assertThat(canonical).as("ConvertUnits.toCanonical returned null").isNotNull();
    assertThat(canonical.rowCount()).as("rows after converting").isEqualTo(visits.rowCount());
    assertThat(canonical.stringColumn("area_unit").unique().asList()).as("the units left in area_unit").containsOnly("ha");
    assertThat(visits.stringColumn("area_unit").unique().asList()).as("the input table must not change: work on a copy")
        .contains("acre");
  }

  @Test
  @Tag("task:2")
  @DisplayName("yields written in 90 kg bags are in kilograms within 10 kg on average; the rest are unchanged")
  void bagsToKilograms() {
    Errors errors = errors("yield", "yield_unit", "bag");
    assertThat(errors.converted()).as("no bag cell was compared").isNotEmpty();
    assertThat(errors.mae(errors.converted())).as("MAE of the %d bag cells in kg, largest errors: %s",
        errors.converted().size(), errors.worst()).isLessThan(10);
    assertThat(errors.mae(errors.unchanged())).as("MAE of the cells already in kg: they must stay as they were")
        .isLessThan(0.001);
  }

  @Test
  @Tag("task:2")
  @DisplayName("afterwards yield_unit says kg on every row")
  void yieldUnitIsKilograms() {
    Table canonical = ConvertUnits.toCanonical(CropSurveyVisits.season(2));
    assertThat(canonical.stringColumn("yield_unit").unique().asList()).as("the units left in yield_unit").containsOnly("kg");
  }

  /** Compares {@code column} after converting both seasons with the truth, split by the unit it was written in. */
  private static Errors errors(String column, String unitColumn, String otherUnit) {
    Map<String, Map<String, String>> truth = ManifestGrading.truth();
    Errors errors = new Errors(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int season : List.of(1, 2)) {
      Table visits = CropSurveyVisits.season(season);
      Table canonical = ConvertUnits.toCanonical(visits);
      for (int row = 0; row < visits.rowCount(); row++) {
        String id = visits.stringColumn("visit_id").get(row);
        Map<String, String> real = truth.get(id);
        if (real == null || IMPOSSIBLE.contains(id) || visits.column(column).isMissing(row)) {
          continue; // a duplicate, an impossible value, or a missing one: nothing to convert or compare
        }
        double got = canonical.numberColumn(column).getDouble(row);
        double error = got - Double.parseDouble(real.get(column));
        boolean other = otherUnit.equals(visits.stringColumn(unitColumn).get(row));
        (other ? errors.converted() : errors.unchanged()).add(error);
        if (other) {
          errors.examples().add(String.format("%s %s -> %s (truth %s)", id, visits.numberColumn(column).getString(row), got, real.get(column)));
        }
      }
    }
    return errors;
  }

  /** The errors against the truth of the cells written in the other unit and of the rest. */
  private record Errors(List<Double> converted, List<Double> unchanged, List<String> examples) {
    double mae(List<Double> errors) {
      return ManifestGrading.meanAbsolute(errors.stream().mapToDouble(Double::doubleValue).toArray());
    }

    String worst() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < converted.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(Math.abs(converted.get(b)), Math.abs(converted.get(a))));
      return ManifestGrading.first(order.stream().map(examples::get).toList());
    }
  }
}
