package cascadekit.ch11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.profile.ColumnProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MergePartitionsTest {
  private static final List<String> COLUMNS = List.of("id", "age");
  private static final Set<String> MISSING = Set.of("NA");

  private static List<String> row(String id, String age) {
    return List.of(new String(id), new String(age));
  }

  @Test
  @Tag("task:1")
  @DisplayName("three partitions of 2, 3 and 1 rows merge into the profile of all 6")
  void threePartitionsMergeIntoOne() {
    // ages 20, 30 | 40, NA, 50 | 60: present 20, 30, 40, 50, 60, mean 40, sample sd sqrt(250)
    List<List<List<String>>> partitions = List.of(
        List.of(row("a", "20"), row("b", "30")),
        List.of(row("c", "40"), row("d", "NA"), row("e", "50")),
        List.of(row("f", "60")));
    List<ColumnProfile> profiles = MergePartitions.merged(partitions, COLUMNS, MISSING);
    ColumnProfile age = profiles.get(1);
    assertThat(profiles).as("one profile per column, in column order").extracting(ColumnProfile::name).containsExactly("id", "age");
    assertThat(age.rows()).as("rows of age: 2 + 3 + 1, every partition counted").isEqualTo(6);
    assertThat(age.present()).as("present ages: NA is missing").isEqualTo(5);
    assertThat(age.mean()).as("mean of 20, 30, 40, 50, 60").isCloseTo(40.0, within(1e-12));
    assertThat(age.stdDev()).as("sample sd of 20..60: sqrt(1000 / 4)").isCloseTo(Math.sqrt(250), within(1e-12));
    assertThat(age.min()).as("min, from the first partition").isEqualTo("20");
    assertThat(age.max()).as("max, from the last partition").isEqualTo("60");
    assertThat(profiles.get(0).distinct()).as("distinct ids a..f across partitions").isEqualTo(6);
  }

  @Test
  @Tag("task:1")
  @DisplayName("a value in two partitions counts once as distinct and is not unique")
  void distinctValuesUniteAcrossPartitions() {
    List<List<List<String>>> partitions = List.of(List.of(row("a", "20")), List.of(row("a", "20"), row("b", "30")));
    ColumnProfile id = MergePartitions.merged(partitions, COLUMNS, MISSING).get(0);
    assertThat(id.rows()).as("rows").isEqualTo(3);
    assertThat(id.distinct()).as("distinct ids: a (in both partitions) and b").isEqualTo(2);
    assertThat(id.unique()).as("ids that occur once in all: only b").isEqualTo(1);
  }

  @Test
  @Tag("task:2")
  @DisplayName("an empty partition adds nothing")
  void anEmptyPartitionAddsNothing() {
    List<List<List<String>>> partitions = List.of(List.of(), List.of(row("a", "20"), row("b", "NA")), List.of());
    ColumnProfile age = MergePartitions.merged(partitions, COLUMNS, MISSING).get(1);
    assertThat(age.rows()).as("rows").isEqualTo(2);
    assertThat(age.present()).as("present").isEqualTo(1);
    assertThat(age.mean()).as("mean of the one age").isCloseTo(20.0, within(1e-12));
  }

  @Test
  @Tag("task:2")
  @DisplayName("no partitions at all give a profile of no rows for every column")
  void noPartitionsGiveTheProfileOfNoRows() {
    List<ColumnProfile> profiles = MergePartitions.merged(List.of(), COLUMNS, MISSING);
    assertThat(profiles).as("one profile per column, even with no rows").extracting(ColumnProfile::name).containsExactly("id", "age");
    assertThat(profiles.get(1).rows()).as("rows").isZero();
  }
}
