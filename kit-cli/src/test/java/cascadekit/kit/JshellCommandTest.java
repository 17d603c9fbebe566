package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JshellCommandTest {
  @TempDir Path root;

  @Test
  void should_start_jshell_with_chapter_01s_penguins_and_the_learners_classes_loaded() throws Exception {
    // GIVEN the command ./kit jshell 01 would run in the fixture kit, fed a script instead of a learner
    Project project = FixtureProject.create(root);
    ChapterStubs stubs = ChapterStubs.compile(project, ExerciseIndex.read(project.index()), "01");
    List<String> command = new ArrayList<>(JshellCommand.command(project, "01", stubs));
    Path script = root.resolve("probe.jsh");
    Files.writeString(
        script,
        "System.out.println(\"penguins: \" + penguins.size());\n"
            + "System.out.println(\"stub: \" + DoubleIt.class.getName());\n/exit\n");
    command.add(command.indexOf("--startup"), "-R-Dcascadekit.root=" + cascadekit.data.Datasets.root());
    command.add(script.toString());
    // WHEN
    Process jshell = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(jshell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // THEN
    assertThat(jshell.waitFor()).as(output).isZero();
    assertThat(output).contains("`penguins` holds 342 Palmer penguins").contains("penguins: 342");
    assertThat(output).contains("stub: fixture.DoubleIt");
  }

  @Test
  void should_refuse_a_chapter_without_a_jshell_setup() {
    // WHEN / THEN
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JshellCommand.command(new Project(root), "99", ChapterStubs.NONE))
        .isInstanceOf(KitException.class)
        .hasMessageContaining("chapter 99 has no jshell setup yet");
  }
}
