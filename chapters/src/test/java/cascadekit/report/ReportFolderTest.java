package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(ReportFolder.PROPERTY);
  }

  @Test
  void should_write_under_the_kits_reports_folder_by_default() {
    // WHEN
    Path folder = ReportFolder.path();
    // THEN
    assertThat(folder).as("default report folder").isEqualTo(Datasets.root().resolve("reports"));
    assertThat(ReportFolder.display(folder.resolve("03-health.html"))).as("shown relative to the kit")
        .isEqualTo(Path.of("reports", "03-health.html").toString());
  }

  @Test
  void should_follow_the_property_and_show_an_outside_folder_in_full(@TempDir Path elsewhere) {
    // GIVEN
    System.setProperty(ReportFolder.PROPERTY, elsewhere.toString());
    // WHEN
    Path folder = ReportFolder.path();
    // THEN
    assertThat(folder).as("folder named by -D" + ReportFolder.PROPERTY).isEqualTo(elsewhere.toAbsolutePath());
    assertThat(ReportFolder.display(folder.resolve("a.html"))).as("outside the kit: the absolute path")
        .isEqualTo(elsewhere.toAbsolutePath().resolve("a.html").toString());
  }
}
