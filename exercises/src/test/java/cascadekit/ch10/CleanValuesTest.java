package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.testing.CropSurveyVisits;
import cascadekit.testing.ManifestGrading;
import cascadekit.testing.ManifestGrading.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

@DisplayName("10.clean-values: district, variety and enumerator names written one way each")
class CleanValuesTest {
  private static final List<String> NAMES = List.of("district", "seed_variety", "enumerator");

  @Test
  @Tag("task:1")
  @DisplayName("every row stays, in order, and the table given is not changed")
  void noRowDropped() {
    for (int season : List.of(1, 2)) {
      Table visits = CropSurveyVisits.season(season);
      Table before = visits.copy();
      Table cleaned = CleanValues.clean(visits);
      assertThat(cleaned).as("CleanValues.clean(season %d) returned null", season).isNotNull();
      assertThat(visits.stringColumn("district").asList()).as("the input's district column changed: work on a copy")
          .isEqualTo(before.stringColumn("district").asList());
      List<String> ids = before.stringColumn("visit_id").asList();
      List<String> after = cleaned.stringColumn("visit_id").asList();
      List<String> lost = ids.stream().filter(id -> !after.contains(id)).toList();
      assertThat(lost.size()).as("season %d: rows dropped (a cleaner fixes values, it never drops a visit): %s",
          season, ManifestGrading.first(lost)).isZero();
      assertThat(after).as("season %d: the visit ids after cleaning must be those before, in the same order", season)
          .hasSameSizeAs(ids).containsExactlyElementsOf(ids);
    }
  }

  @Test
  @Tag("task:1")
  @DisplayName("mojibake in district and enumerator (BouakÃ©, JÃ©rÃ´me TraorÃ©) reads as written again: 95% or more")
  void mojibakeRepaired() {
    assertShareFixed(ManifestGrading.manifest("mojibake"), 0.95);
  }

  @Test
  @Tag("task:2")
  @DisplayName("district and variety spellings (bouaké, Seguela, EV8728, OBATANPA) are canonical: 95% or more")
  void spellingsCanonical() {
    assertShareFixed(ManifestGrading.manifest("inconsistent_district", "inconsistent_variety"), 0.95);
  }

  @Test
  @Tag("task:2")
  @DisplayName("99.9% or more of all district, variety and enumerator cells equal the truth afterwards")
  void cellsEqualTruth() {
    Map<String, Map<String, String>> truth = ManifestGrading.truth();
    List<String> wrong = new ArrayList<>();
    int compared = 0;
    for (int season : List.of(1, 2)) {
      Table visits = CropSurveyVisits.season(season);
      Table cleaned = CleanValues.clean(visits);
      for (int row = 0; row < visits.rowCount(); row++) {
        Map<String, String> real = truth.get(visits.stringColumn("visit_id").get(row));
        for (String column : NAMES) {
          if (real == null || visits.column(column).isMissing(row)) {
            continue; // a duplicate row (not in the truth), or a value no cleaning can know
          }
          compared++;
          String got = row < cleaned.rowCount() ? cleaned.stringColumn(column).get(row) : "(row gone)";
          if (!real.get(column).equals(got)) {
            wrong.add(real.get("visit_id") + " " + column + " '" + got + "' (truth '" + real.get(column) + "')");
          }
        }
      }
    }
    double share = 1 - (double) wrong.size() / compared;
    assertThat(share).as("share of %d cells equal to the truth: %.4f; wrong (first %d): %s", compared, share,
        ManifestGrading.SHOWN, ManifestGrading.first(wrong)).isGreaterThanOrEqualTo(0.999);
  }

  /** Asserts that at least {@code bound} of the {@code defects}' cells read their clean value after cleaning. */
  private static void assertShareFixed(List<Defect> defects, double bound) {
    List<String> wrong = new ArrayList<>();
    for (int season : List.of(1, 2)) {
      Table visits = CropSurveyVisits.season(season);
      Table cleaned = CleanValues.clean(visits);
      List<String> ids = visits.stringColumn("visit_id").asList();
      for (Defect d : defects) {
        int row = ids.indexOf(d.rowId());
        if (row >= 0) {
          String got = row < cleaned.rowCount() ? cleaned.stringColumn(d.column()).get(row) : "(row gone)";
          if (!d.cleanValue().equals(got)) {
            wrong.add(d.rowId() + " " + d.column() + " '" + got + "' (truth '" + d.cleanValue() + "')");
          }
        }
      }
    }
    double share = 1 - (double) wrong.size() / defects.size();
    assertThat(share).as("share of the %d %s cells cleaned to the truth: %.3f; still wrong (first %d): %s",
        defects.size(), defects.stream().map(Defect::kind).distinct().toList(), share, ManifestGrading.SHOWN, ManifestGrading.first(wrong))
        .isGreaterThanOrEqualTo(bound);
  }
}
