package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleLaunchTest {
  @Test
  void should_say_how_to_build_chapter_11_when_the_scale_module_is_not_built(@TempDir Path root) throws Exception {
    // GIVEN a kit whose scale module was never built (its target folder holds no jar)
    Files.createDirectories(root.resolve("scale/target"));
    // WHEN chapter 11 is run
    // THEN the error names the command that builds it
    assertThatThrownBy(() -> ScaleLaunch.run(new Project(root), List.of()))
        .as("./kit run 11 before the Spark build")
        .isInstanceOf(KitException.class)
        .hasMessageContaining("build it first: ./mvnw -B -Pspark install -DskipTests");
  }
}
