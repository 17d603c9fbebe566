package cascadekit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascadekit.data.BenchmarkFile;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionProfilesTest {
  private static final Set<String> VISIT_MARKERS = Set.of("", "NA", "-999", "unknown");

  @Test
  void should_merge_partition_profiles_of_clinic_visits_into_the_single_jvm_profile() {
    // GIVEN clinic-visits, read by the kit's reader, in 4 partitions
    Path file = Datasets.path(ClinicVisits.FILE);
    Dataset<Row> cells = PartitionProfiles.cells(SharedSpark.get(), file, 4);
    // WHEN each partition is profiled and the parts merged
    List<Profiler> parts = PartitionProfiles.partials(cells, VISIT_MARKERS);
    List<ColumnProfile> merged = PartitionProfiles.of(cells, VISIT_MARKERS);
    // THEN the profile equals one pass over the file
    assertThat(parts).as("partial profiles, one per partition").hasSize(4);
    assertSameProfiles(merged, Profiler.read(file, VISIT_MARKERS).profiles());
  }

  @Test
  void should_merge_partition_profiles_of_a_generated_file_read_by_spark(@TempDir Path folder) {
    // GIVEN 50,000 seeded rows, read by Spark's own CSV reader as text, in 7 partitions
    Path file = folder.resolve("visits.csv");
    BenchmarkFile.write(file, 50_000, BenchmarkFile.SEED);
    Dataset<Row> cells = SharedSpark.get().read().option("header", true).schema(Frames.text(BenchmarkFile.HEADER))
        .csv(file.toString()).repartition(7);
    // WHEN profiled per partition and merged, THEN it equals one pass over the file
    assertSameProfiles(PartitionProfiles.of(cells, Set.of("", "NA")), Profiler.read(file, Set.of("", "NA")).profiles());
  }

  /** Exact for everything but the moments, whose floating sums are added in another order. */
  static void assertSameProfiles(List<ColumnProfile> merged, List<ColumnProfile> single) {
    assertThat(merged).as("one profile per column").hasSameSizeAs(single);
    for (int i = 0; i < single.size(); i++) {
      ColumnProfile m = merged.get(i);
      ColumnProfile s = single.get(i);
      assertThat(m).as("column %s, moments aside", s.name()).usingRecursiveComparison()
          .ignoringFields("mean", "stdDev").withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class).isEqualTo(s);
      if (!Double.isNaN(s.mean())) {
        assertThat(m.mean()).as("mean of %s", s.name()).isCloseTo(s.mean(), within(1e-12 * Math.abs(s.mean())));
        assertThat(m.stdDev()).as("standard deviation of %s", s.name()).isCloseTo(s.stdDev(), within(1e-12 * s.stdDev()));
      }
    }
  }
}
