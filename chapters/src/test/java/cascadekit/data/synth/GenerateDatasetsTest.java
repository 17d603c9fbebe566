package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the generator reproduces the committed datasets, and only from their seed. */
class GenerateDatasetsTest {
  /** Files that do not depend on the seed: fixed fixtures and the annotators' set confusions. */
  private static final Set<String> SEED_FREE =
      Set.of(
          "encodings/malformed/empty.csv",
          "encodings/malformed/header-only.csv",
          "encodings/expected-errors.csv",
          "review-labels/annotators.csv");

  @Test
  void should_regenerate_the_committed_files_byte_for_byte(@TempDir Path temp) throws IOException {
    // GIVEN the generator run with the documented seed into an empty folder
    GenerateDatasets.writeAll(temp, GenerateDatasets.SEED);
    // WHEN each file is compared with the committed one
    SoftAssertions softly = new SoftAssertions();
    for (String file : files(temp)) {
      byte[] committed = Files.readAllBytes(Datasets.folder().resolve(file));
      // THEN the bytes are the same
      softly.assertThat(Files.readAllBytes(temp.resolve(file))).as(file).isEqualTo(committed);
    }
    softly.assertAll();
    // AND the committed synthetic folders hold no data file the generator does not write
    for (DatasetGenerator generator : GenerateDatasets.GENERATORS) {
      assertThat(files(Datasets.folder().resolve(generator.name())))
          .as("files in datasets/" + generator.name())
          .isEqualTo(files(temp.resolve(generator.name())));
    }
  }

  @Test
  void should_change_every_seeded_file_when_the_seed_changes(@TempDir Path temp)
      throws IOException {
    // GIVEN the generator run with another seed
    GenerateDatasets.writeAll(temp, GenerateDatasets.SEED + 1);
    // WHEN each file is compared with the committed one
    SoftAssertions softly = new SoftAssertions();
    for (String file : files(temp)) {
      boolean same =
          Arrays.equals(
              Files.readAllBytes(temp.resolve(file)),
              Files.readAllBytes(Datasets.folder().resolve(file)));
      // THEN every file that draws on the seed differs
      softly
          .assertThat(same)
          .as(file + " unchanged by a new seed")
          .isEqualTo(SEED_FREE.contains(file));
    }
    softly.assertAll();
  }

  /** Returns the CSV files under {@code folder}, relative to it, sorted. */
  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(file -> file.toString().endsWith(".csv"))
          .map(file -> folder.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
