package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChapterStubsTest {
  private static final String BROKEN = "exercises/src/main/java/fixture/HalveIt.java";

  @TempDir Path root;

  @Test
  void should_compile_the_good_stubs_and_name_the_broken_one() throws Exception {
    // GIVEN the fixture kit's chapter 01 with a second stub that does not compile
    Project project = FixtureProject.create(root);
    FixtureProject.write(
        root,
        "exercises/EXERCISES.md",
        FixtureProject.INDEX
            + """

            ## 01.halve-it: Halve a number

            | field | value |
            | --- | --- |
            | chapter | 01 |
            | stub | `%s` |
            | tests | `fixture.HalveItTest` |
            | may pass on stub | none |

            Hints:

            1. Divide.
            2. Return `n / 2`.
            """
                .formatted(BROKEN));
    FixtureProject.write(root, BROKEN, "package fixture;\n\npublic final class HalveIt {\n  int half(int n) { return n / 2 }\n}\n");
    // WHEN
    ChapterStubs stubs = ChapterStubs.compile(project, ExerciseIndex.read(project.index()), "01");
    // THEN
    Path classes = root.resolve(".kit/build/jshell/01");
    assertThat(stubs.classPath()).containsExactly(classes);
    assertThat(classes.resolve("fixture/DoubleIt.class")).exists();
    assertThat(classes.resolve("fixture/HalveIt.class")).doesNotExist();
    assertThat(stubs.imports()).containsExactly("import fixture.*;");
    assertThat(stubs.notes())
        .containsExactly("jshell leaves out " + BROKEN + ", which does not compile: line 4:33: ';' expected");
  }

  @Test
  void should_give_no_class_path_for_a_chapter_without_exercises() throws Exception {
    // GIVEN
    Project project = FixtureProject.create(root);
    // WHEN
    ChapterStubs stubs = ChapterStubs.compile(project, ExerciseIndex.read(project.index()), "02");
    // THEN
    assertThat(stubs.classPath()).isEmpty();
    assertThat(stubs.imports()).isEmpty();
  }
}
