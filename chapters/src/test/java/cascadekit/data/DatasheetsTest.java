package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that every dataset folder has a datasheet with the seven sections of Gebru et al. */
class DatasheetsTest {
  private static final List<String> SECTIONS =
      List.of(
          "## Motivation",
          "## Composition",
          "## Collection process",
          "## Preprocessing/cleaning/labeling",
          "## Uses",
          "## Distribution",
          "## Maintenance");

  @Test
  void should_have_a_datasheet_with_the_seven_sections_in_every_dataset_folder()
      throws IOException {
    // GIVEN every folder directly under datasets/
    List<Path> folders;
    try (Stream<Path> list = Files.list(Datasets.folder())) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(6);
    for (Path folder : folders) {
      // WHEN its datasheet's level-2 headings are read
      List<String> headings =
          Files.readAllLines(Datasets.path(folder.getFileName() + "/DATASHEET.md")).stream()
              .filter(line -> line.startsWith("## "))
              .toList();
      // THEN they are the seven sections, in order
      assertThat(headings)
          .as(folder.getFileName() + "/DATASHEET.md")
          .containsExactlyElementsOf(SECTIONS);
    }
  }
}
