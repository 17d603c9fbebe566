package cascadekit.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Checks that the dataset generators stay off the learner's class path. */
class GeneratorsPlacementTest {
  @Test
  void should_compile_the_generators_with_the_tests_not_into_the_chapters_jar() throws Exception {
    // GIVEN the class that writes every synthetic dataset
    Class<?> generator = GenerateDatasets.class;
    // WHEN we ask where it was loaded from
    String location =
        generator.getProtectionDomain().getCodeSource().getLocation().toURI().getPath();
    // THEN it is the test classes, and the main sources hold no generator package
    assertThat(location).as("where GenerateDatasets was loaded from").endsWith("/test-classes/");
    String mainFolder = "chapters/src/main/java/cascadekit/data/synth";
    assertThat(Files.exists(Datasets.root().resolve(mainFolder)))
        .as(mainFolder + " exists")
        .isFalse();
  }
}
