package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The original stub survives whatever happens to {@code .kit/}: an edit is never taken for it. */
class RestorePointTest extends FixtureTest {
  private static final String EDITED = FixtureProject.STUB_TEXT.replace("throw new", "return 2 * n; // throw new");

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "user.name=Learner",
        "-c", "user.email=learner@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    git.getInputStream().readAllBytes();
    assertThat(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0).as("git %s", String.join(" ", args)).isTrue();
  }

  private void cloneTheKit() throws Exception {
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "the kit as cloned");
  }

  private Path stub() {
    return root.resolve(FixtureProject.STUB);
  }

  @Test
  void should_restore_the_stub_from_git_after_the_kit_folder_is_deleted() throws Exception {
    // GIVEN a clone whose stub was edited, then .kit/ deleted
    cloneTheKit();
    kit.kit("list");
    FixtureProject.write(root, FixtureProject.STUB, EDITED);
    FileTrees.deleteIfExists(root.resolve(".kit"));
    // WHEN
    int status = kit.kit("reset", "01.double-it");
    // THEN the edit is not the "original": the committed stub comes back, and the edit is kept
    assertThat(kit.output()).doesNotContain("nothing to reset");
    assertThat(status).isZero();
    assertThat(stub()).hasContent(FixtureProject.STUB_TEXT);
    assertThat(KitTestFiles.read(root.resolve(".kit/backups/01.double-it").toFile().listFiles()[0].toPath())).isEqualTo(EDITED);
  }

  @Test
  void should_find_the_original_in_history_when_the_learner_committed_an_edit() throws Exception {
    // GIVEN the learner's edit committed on top of the kit
    cloneTheKit();
    FixtureProject.write(root, FixtureProject.STUB, EDITED);
    git("commit", "-q", "-am", "my attempt");
    FileTrees.deleteIfExists(root.resolve(".kit"));
    // WHEN
    int status = kit.kit("reset", "01.double-it");
    // THEN
    assertThat(status).isZero();
    assertThat(stub()).hasContent(FixtureProject.STUB_TEXT);
  }

  @Test
  void should_refuse_to_adopt_an_edited_stub_without_git_or_a_copy() throws Exception {
    // GIVEN no git, a stub edited before the kit ever ran
    FixtureProject.write(root, FixtureProject.STUB, EDITED);
    // WHEN
    int status = kit.kit("reset", "01.double-it");
    // THEN the kit says it cannot find the original, and touches nothing
    assertThat(status).isEqualTo(2);
    assertThat(kit.errors()).contains("cannot find the original stub of 01.double-it");
    assertThat(stub()).hasContent(EDITED);
    assertThat(root.resolve(".kit/pristine/fixture/DoubleIt.java")).as("a copy of the edited stub").doesNotExist();
  }

  @Test
  void should_flag_a_stub_that_differs_from_its_committed_checksum() throws Exception {
    // GIVEN
    FixtureProject.write(root, FixtureProject.STUB, EDITED);
    // WHEN
    int status = kit.kit("verify");
    // THEN
    assertThat(kit.errors()).isEmpty();
    assertThat(status).isEqualTo(1);
    assertThat(kit.output()).contains(
        "integrity problem: checksums: exercises/src/main/java/fixture/DoubleIt.java differs from its checksum in exercises/stubs.sha256");
  }
}
