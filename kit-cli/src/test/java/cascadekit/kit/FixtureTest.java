package cascadekit.kit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a fresh fixture kit in a temporary folder and a runner for its commands. */
abstract class FixtureTest {
  @TempDir Path root;
  KitRunner kit;

  @BeforeEach
  void createFixture() throws Exception {
    kit = new KitRunner(root);
  }

  @AfterEach
  void closeRunner() {
    kit.close();
  }
}
