package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks every shipped dataset against its {@code dataset.lock}. */
class DatasetLocksTest {
  @Test
  void should_find_every_shipped_dataset_unchanged_since_it_was_locked() {
    // GIVEN every folder under datasets/
    List<Path> folders = LockDatasets.folders();
    assertThat(folders).as("dataset folders").hasSizeGreaterThanOrEqualTo(6);
    SoftAssertions softly = new SoftAssertions();
    for (Path folder : folders) {
      // WHEN its files are held against its lock file
      LockDiff diff = DatasetLock.check(folder);
      // THEN none changed, came or went (after a deliberate change, run LockDatasets)
      softly
          .assertThat(diff.lines())
          .as("datasets/" + folder.getFileName() + "/dataset.lock against the files on disk")
          .isEmpty();
    }
    softly.assertAll();
  }

  @Test
  void should_catch_one_changed_byte_in_a_copy_of_a_shipped_dataset(@TempDir Path copy)
      throws IOException {
    // GIVEN a copy of the penguins, lock file included
    Path penguins =
        LockDatasets.folders().stream()
            .filter(f -> f.getFileName().toString().equals("penguins"))
            .findFirst()
            .orElseThrow();
    try (Stream<Path> files = Files.list(penguins)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    assertThat(DatasetLock.check(copy).lines()).as("differences of the untouched copy").isEmpty();
    // WHEN one byte in the middle of penguins.csv changes
    Path csv = copy.resolve("penguins.csv");
    byte[] bytes = Files.readAllBytes(csv);
    bytes[bytes.length / 2] ^= 1;
    Files.write(csv, bytes);
    // THEN the check names that file and the lock line that listed it
    assertThat(DatasetLock.check(copy).lines())
        .as("differences after one byte of penguins.csv changed")
        .containsExactly("changed: penguins.csv (lock line 2)");
  }
}
