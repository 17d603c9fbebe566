package cascadekit.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.testing.CropSurveyVisits;
import cascadekit.testing.ManifestGrading;
import cascadekit.testing.ManifestGrading.Defect;
import cascadekit.testing.ManifestGrading.Detection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

@DisplayName("10.find-duplicates: the later copy of each visit entered twice")
class FindDuplicatesTest {
  @Test
  @Tag("task:1")
  @DisplayName("exact duplicates: 90% or more of the later copies are found, and no original")
  void exactDuplicates() {
    Set<String> found = flagged();
    Detection exact = new Detection(found, ManifestGrading.ids("exact_duplicate"));
    assertThat(exact.recall()).as(exact.report("later copies of exact duplicates found")).isGreaterThanOrEqualTo(0.9);
    assertNoOriginal(found, "exact_duplicate");
  }

  @Test
  @Tag("task:2")
  @DisplayName("exact and near duplicates together: precision and recall 0.9 or more")
  void exactAndNear() {
    Detection all = new Detection(flagged(), ManifestGrading.ids("exact_duplicate", "near_duplicate"));
    String report = all.report("duplicates found vs exact_duplicate + near_duplicate");
    assertThat(all.recall()).as(report).isGreaterThanOrEqualTo(0.9);
    assertThat(all.precision()).as(report).isGreaterThanOrEqualTo(0.9);
    assertNoOriginal(all.flagged(), "exact_duplicate", "near_duplicate");
  }

  @Test
  @Tag("task:2")
  @DisplayName("a revisit of the same plot on another day is a real visit, not a duplicate")
  void revisitsStay() {
    Set<String> revisits = new TreeSet<>(ManifestGrading.ids("repeated_plot"));
    revisits.removeAll(ManifestGrading.ids("exact_duplicate", "near_duplicate"));
    Set<String> wrong = flagged().stream().filter(revisits::contains).collect(Collectors.toCollection(TreeSet::new));
    assertThat(wrong.size()).as("of %d revisits of a plot on another day, %d flagged as duplicates: %s",
        revisits.size(), wrong.size(), ManifestGrading.first(wrong)).isLessThanOrEqualTo(8);
  }

  private static void assertNoOriginal(Set<String> found, String... kinds) {
    Set<String> originals = ManifestGrading.manifest(kinds).stream()
        .map(Defect::cleanValue).collect(Collectors.toCollection(TreeSet::new));
    Set<String> kept = found.stream().filter(originals::contains).collect(Collectors.toCollection(TreeSet::new));
    assertThat(kept.size()).as("originals flagged (keep the first visit, flag the later copy): %s", ManifestGrading.first(kept)).isZero();
  }

  /** Returns the duplicates found in both seasons, each season's on its own table. */
  private static Set<String> flagged() {
    Set<String> all = new TreeSet<>();
    for (int season : List.of(1, 2)) {
      Table visits = CropSurveyVisits.season(season);
      Set<String> found = FindDuplicates.duplicates(visits);
      assertThat(found).as("FindDuplicates.duplicates(season %d) returned null", season).isNotNull();
      all.addAll(found);
    }
    return all;
  }
}
