package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetCommandTest extends FixtureTest {
  private static final String LEARNER_TEXT = "package fixture; // the learner's own attempt\n";

  @BeforeEach
  void runTheKitOnce() {
    kit.kit("list"); // the kit's first run keeps the original stubs
  }

  private List<Path> backups() throws IOException {
    Path folder = root.resolve(".kit/backups/01.double-it");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void should_restore_the_stub_and_keep_the_learners_version_saying_where() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, LEARNER_TEXT);
    // WHEN
    int status = kit.kit("reset", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(root.resolve(FixtureProject.STUB)).hasContent(FixtureProject.STUB_TEXT);
    assertThat(backups()).hasSize(1);
    assertThat(backups().get(0)).hasContent(LEARNER_TEXT);
    assertThat(backups().get(0).getFileName().toString()).matches("\\d{8}-\\d{6}-DoubleIt\\.java");
    assertThat(kit.output()).contains("Your version is kept at .kit/backups/01.double-it/");
  }

  @Test
  void should_never_overwrite_an_earlier_backup() throws Exception {
    // GIVEN two attempts, each reset within the same second
    FixtureProject.write(root, FixtureProject.STUB, LEARNER_TEXT);
    kit.kit("reset", "01.double-it");
    FixtureProject.write(root, FixtureProject.STUB, LEARNER_TEXT + "// second attempt\n");
    // WHEN
    kit.kit("reset", "01.double-it");
    // THEN both attempts survive
    assertThat(backups()).hasSize(2);
    assertThat(backups().stream().map(KitTestFiles::read))
        .containsExactlyInAnyOrder(LEARNER_TEXT, LEARNER_TEXT + "// second attempt\n");
  }

  @Test
  void should_ask_before_resetting_all_and_do_nothing_on_no() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, LEARNER_TEXT);
    // WHEN the learner answers no
    int status = kit.kitAnswering("n\n", "reset", "--all");
    // THEN
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).contains("Reset all 1 exercises").contains("Nothing was reset.");
    assertThat(root.resolve(FixtureProject.STUB)).hasContent(LEARNER_TEXT);
    // WHEN the learner answers yes
    assertThat(kit.kitAnswering("y\n", "reset", "--all")).isZero();
    // THEN
    assertThat(root.resolve(FixtureProject.STUB)).hasContent(FixtureProject.STUB_TEXT);
    assertThat(backups()).hasSize(1);
  }

  @Test
  void should_restore_a_deleted_stub_and_say_nothing_to_do_for_an_untouched_one() throws Exception {
    // GIVEN
    Files.delete(root.resolve(FixtureProject.STUB));
    // WHEN / THEN
    assertThat(kit.kit("reset", "01.double-it")).isZero();
    assertThat(root.resolve(FixtureProject.STUB)).hasContent(FixtureProject.STUB_TEXT);
    assertThat(kit.kit("reset", "01.double-it")).isZero();
    assertThat(kit.output()).contains("already the original stub");
    assertThat(backups()).isEmpty();
  }
}
