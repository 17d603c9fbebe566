package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrity gate's checks of class names: each exercise's class is the PascalCase of its id's
 * part after the dot, its test class that name plus {@code Test}, and no two exercises share one.
 */
class ClassNamesTest {
  @TempDir Path root;

  @Test
  void should_name_the_class_the_pascal_case_of_the_id_after_the_dot() {
    // GIVEN
    List<String> ids = List.of("05.cohens-kappa", "08.psi", "08.ks-statistic", "01.double-it");
    // WHEN
    List<String> names = ids.stream().map(id -> exercise(id).classNamedAfterId()).toList();
    // THEN
    assertThat(names).containsExactly("CohensKappa", "Psi", "KsStatistic", "DoubleIt");
  }

  @Test
  void should_name_the_class_an_exercise_should_have_when_its_stub_drifts_from_its_id() throws Exception {
    // GIVEN 01.double-it written as class Doubler, tested by DoublerTest
    Project project = FixtureProject.create(root);
    FileTrees.deleteIfExists(root.resolve("exercises/src"));
    FileTrees.deleteIfExists(root.resolve("solutions/src"));
    String section = writeExercise("01.double-it", "fixture", "Doubler");
    FixtureProject.write(root, "exercises/EXERCISES.md", "# Exercise index\n" + section);
    StubChecksums.write(project, ExerciseIndex.read(project.index()));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN only the names are wrong: the exercise itself still passes the gate
    assertThat(report.problems())
        .containsExactly(
            "01.double-it: its stub is Doubler.java; name it DoubleIt.java after its id",
            "01.double-it: its test class is DoublerTest; name it DoubleItTest after its id");
    assertThat(report.summary()).startsWith("integrity: 1 exercises, 2 tests: 2/2 fail on stubs, 2/2 pass on solutions");
  }

  @Test
  void should_report_two_exercises_in_different_chapters_that_share_a_class_name() throws Exception {
    // GIVEN 02.double-it beside 01.double-it: each named after its id, both DoubleIt
    Project project = FixtureProject.create(root);
    String section = writeExercise("02.double-it", "fixture2", "DoubleIt");
    FixtureProject.write(root, "exercises/EXERCISES.md", FixtureProject.INDEX + section);
    FixtureProject.write(root, "chapters/02-doubling-again.md", "# Chapter 02: Doubling again\n");
    StubChecksums.write(project, ExerciseIndex.read(project.index()));
    // WHEN
    IntegrityReport report = IntegrityGateTest.runGate(project);
    // THEN
    assertThat(report.problems())
        .containsExactly("02.double-it: its class DoubleIt is also 01.double-it's; no two exercises may share a class name");
    assertThat(report.summary()).startsWith("integrity: 2 exercises, 4 tests: 4/4 fail on stubs, 4/4 pass on solutions");
  }

  /**
   * Writes the fixture's exercise again as {@code id}, its class {@code className} in package
   * {@code pkg}, with its stub, solution, tests and both mistakes; returns its index section.
   */
  private String writeExercise(String id, String pkg, String className) throws IOException {
    String path = pkg + "/" + className + ".java";
    FixtureProject.write(root, "exercises/src/main/java/" + path, rename(FixtureProject.STUB_TEXT, id, pkg, className));
    FixtureProject.write(root, "solutions/src/main/java/" + path, rename(FixtureProject.SOLUTION_TEXT, id, pkg, className));
    FixtureProject.write(
        root, "exercises/src/test/java/" + pkg + "/" + className + "Test.java", rename(FixtureProject.TEST_TEXT, id, pkg, className));
    String mistakes = "solutions/src/mistakes/" + id + "/";
    FixtureProject.write(
        root,
        mistakes + "adds-two/" + path,
        rename(FixtureProject.mistakeText("adds two instead of multiplying by two.", "n + 2"), id, pkg, className));
    FixtureProject.write(
        root,
        mistakes + "squares/" + path,
        rename(FixtureProject.mistakeText("squares the number instead of doubling it.", "n * n"), id, pkg, className));
    String section = FixtureProject.INDEX.substring(FixtureProject.INDEX.indexOf("\n## "));
    return rename(section, id, pkg, className)
        .replace("exercises/src/main/java/fixture/", "exercises/src/main/java/" + pkg + "/")
        .replace("`fixture.", "`" + pkg + ".")
        .replace("| chapter | 01 |", "| chapter | " + id.substring(0, 2) + " |");
  }

  private static String rename(String text, String id, String pkg, String className) {
    return text.replace("package fixture;", "package " + pkg + ";").replace("DoubleIt", className).replace("01.double-it", id);
  }

  private static Exercise exercise(String id) {
    return new Exercise(id, id.substring(0, 2), "title", "stub", "tests", List.of(), Set.of(), List.of(), "");
  }
}
