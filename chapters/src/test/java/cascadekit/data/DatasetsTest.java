package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DatasetsTest {
  @Test
  void should_find_a_dataset_file_below_the_kit_root() {
    // WHEN
    var file = Datasets.path(Penguins.FILE);
    // THEN
    assertThat(file).isRegularFile().endsWith(java.nio.file.Path.of("datasets", "penguins", "penguins.csv"));
    assertThat(Files.isRegularFile(Datasets.root().resolve("pom.xml"))).isTrue();
  }

  @Test
  void should_name_the_path_when_a_file_is_missing() {
    // WHEN / THEN
    assertThatThrownBy(() -> Datasets.path("penguins/no-such-file.csv"))
        .isInstanceOf(DatasetNotFoundException.class)
        .hasMessageContaining("datasets/penguins/no-such-file.csv");
  }

  @Test
  void should_refuse_a_path_that_leaves_the_datasets_folder() {
    // WHEN / THEN
    assertThatThrownBy(() -> Datasets.path("../pom.xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../pom.xml");
  }
}
