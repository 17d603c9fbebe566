package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch04.NearDuplicates.Visit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.near-duplicates: the same visit typed twice, slightly differently")
class NearDuplicatesTest {
  @Test
  @Tag("task:1")
  @DisplayName("case, outer spaces and runs of spaces do not count")
  void normalisesCaseAndSpaces() {
    assertThat(NearDuplicates.normalise("  ANA   Silva ")).as("normalise('  ANA   Silva ')").isEqualTo("ana silva");
    assertThat(NearDuplicates.normalise("ZOË\tSILVA")).as("normalise('ZOË<tab>SILVA'): a tab is whitespace too")
        .isEqualTo("zoë silva");
  }

  @Test
  @Tag("task:1")
  @DisplayName("an accent written as a combining mark equals the composed letter")
  void normalisesUnicode() {
    assertThat(NearDuplicates.normalise("Ine\u0301s"))
        .as("normalise('Ine' + U+0301 + 's'): NFC composes e and the combining acute into é")
        .isEqualTo("in\u00e9s");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the distance counts insertions, deletions and substitutions; a swap costs two")
  void levenshtein() {
    assertThat(NearDuplicates.distance("kitten", "sitting")).as("distance(kitten, sitting): k->s, e->i, +g").isEqualTo(3);
    assertThat(NearDuplicates.distance("silva", "silav")).as("distance(silva, silav): two substitutions").isEqualTo(2);
    assertThat(NearDuplicates.distance("", "ana")).as("distance('', ana): three insertions").isEqualTo(3);
    assertThat(NearDuplicates.distance("ana", "")).as("distance(ana, ''): three deletions").isEqualTo(3);
    assertThat(NearDuplicates.distance("ana", "ana")).as("distance(ana, ana)").isZero();
  }

  @Test
  @Tag("task:3")
  @DisplayName("names that differ in case, spaces or one swap are paired when the date is the same")
  void pairsNearNames() {
    List<Visit> visits = new ArrayList<>(List.of(visit("V1", "Ana Silva", "2022-01-03"), visit("V2", "Jan Nowak", "2022-01-03"),
        visit("V3", "ANA SILVA", "2022-01-03"), visit("V4", "Ana  Silva ", "2022-01-03"), visit("V5", "Jan Nwoak", "2022-01-03")));
    assertThat(NearDuplicates.pairs(visits, 2))
        .as("pairs at distance 2: V3 and V4 only differ from V1 in case and spaces (compare normalised names,"
            + " not the names as typed), V5 swaps two letters of V2; the dates are built at run time, so compare them with equals")
        .containsExactly("V1~V3", "V1~V4", "V2~V5", "V3~V4");
  }

  @Test
  @Tag("task:3")
  @DisplayName("the same name on another date is another visit, and different names stay apart")
  void blocksOnDate() {
    List<Visit> visits = new ArrayList<>(List.of(visit("V1", "Ana Silva", "2022-01-03"), visit("V2", "Ana Silva", "2022-01-04"),
        visit("V3", "Anna Costa", "2022-01-03")));
    assertThat(NearDuplicates.pairs(visits, 2))
        .as("pairs: V2 is on another date; 'anna costa' is 5 edits from 'ana silva'").isEmpty();
  }

  /** Returns a visit whose date is built at run time, as a date read from a file is. */
  private static Visit visit(String id, String name, String date) {
    return new Visit(id, name, new String(date));
  }
}
