package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fails, naming the dataset and the figure, when a shipped datasheet no longer agrees with its data:
 * regenerate the datasheets with {@link WriteDatasheets} after a deliberate change.
 */
class DatasheetFiguresTest {
  @TestFactory
  Stream<DynamicTest> should_show_the_figures_the_data_gives_in_every_shipped_datasheet() {
    return LockDatasets.folders().stream()
        .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    // GIVEN the datasheet as shipped
    String written = Files.readString(folder.resolve(Datasheet.FILE_NAME), StandardCharsets.UTF_8);
    // WHEN it is generated again from the data, the lock and the answers
    Datasheet now = Datasheet.of(folder, Optional.empty());
    // THEN every figure is the data's, and the text is what the generator writes
    String dataset = "datasets/" + folder.getFileName();
    assertThat(now.staleFigures(written))
        .as("%s/DATASHEET.md: figures that no longer match the data (run WriteDatasheets)", dataset)
        .isEmpty();
    assertThat(now.allFigures()).as("%s: figures generated", dataset).isNotEmpty();
    assertThat(written)
        .as("%s/DATASHEET.md against its %s (run WriteDatasheets)", dataset, DatasheetAnswers.FILE_NAME)
        .isEqualTo(now.markdown());
  }
}
