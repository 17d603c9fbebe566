package cascadekit.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a one-exercise kit, with two catalogued mistakes, into a folder, for tests of the CLI
 * and the integrity gate.
 */
final class FixtureProject {
  static final String STUB = "exercises/src/main/java/fixture/DoubleIt.java";
  static final String SOLUTION = "solutions/src/main/java/fixture/DoubleIt.java";
  static final String TEST = "exercises/src/test/java/fixture/DoubleItTest.java";
  static final String MISTAKES = "solutions/src/mistakes/01.double-it/";

  /** Returns the path of the fixture's mistake {@code slug}, its class below the mistake's folder. */
  static String mistake(String slug) {
    return MISTAKES + slug + "/fixture/DoubleIt.java";
  }

  /** Returns a mistake's class: the solution with {@code body} returned, under its comment line. */
  static String mistakeText(String comment, String body) {
    return "// Mistake: " + comment + "\n" + SOLUTION_TEXT.replace("2 * n", body);
  }

  static final String STUB_TEXT =
      """
      package fixture;

      /** Exercise 01.double-it.
       *
       * <p>Task 1. Return twice the number.
       */
      public final class DoubleIt {
        public static int twice(int n) {
          // TODO: return twice n.
          throw new UnsupportedOperationException("01.double-it: not written yet");
        }
      }
      """;

  static final String SOLUTION_TEXT =
      """
      package fixture;

      public final class DoubleIt {
        public static int twice(int n) {
          return 2 * n;
        }
      }
      """;

  static final String TEST_TEXT =
      """
      package fixture;

      import static org.assertj.core.api.Assertions.assertThat;

      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Tag;
      import org.junit.jupiter.api.Test;

      class DoubleItTest {
        @Test
        @Tag("task:1")
        @DisplayName("twice 3 is 6")
        void three() {
          assertThat(DoubleIt.twice(3)).as("twice(3)").isEqualTo(6);
        }

        @Test
        @Tag("task:2")
        @DisplayName("twice -2 is -4")
        void negative() {
          assertThat(DoubleIt.twice(-2)).as("twice(-2)").isEqualTo(-4);
        }
      }
      """;

  static final String INDEX =
      """
      # Exercise index

      ## 01.double-it: Double a number

      | field | value |
      | --- | --- |
      | chapter | 01 |
      | stub | `exercises/src/main/java/fixture/DoubleIt.java` |
      | tests | `fixture.DoubleItTest` |
      | may pass on stub | none |

      Hints:

      1. Multiply.
      2. Return `2 * n`.
      """;

  private FixtureProject() {}

  /** Writes the fixture kit into {@code root} and returns it as a project. */
  static Project create(Path root) throws IOException {
    write(root, "exercises/EXERCISES.md", INDEX);
    write(root, STUB, STUB_TEXT);
    write(root, SOLUTION, SOLUTION_TEXT);
    write(root, TEST, TEST_TEXT);
    write(root, mistake("adds-two"), mistakeText("adds two instead of multiplying by two.", "n + 2"));
    write(root, mistake("squares"), mistakeText("squares the number instead of doubling it.", "n * n"));
    write(root, "chapters/01-doubling.md", "# Chapter 01: Doubling\n");
    write(root, StubChecksums.FILE, checksumLine(STUB_TEXT, STUB));
    return new Project(root);
  }

  /** The stub of 02.halve-it, which {@link #addChapterTwo} adds. */
  static final String HALVE_IT_STUB = "exercises/src/main/java/fixture/HalveIt.java";

  /** Adds chapter 02: 02.halve-it with its stub and test, and 02.quarter-it in the index only. */
  static void addChapterTwo(Path root) throws IOException {
    ClassFixture.addSecondChapter(root);
    write(root, HALVE_IT_STUB, STUB_TEXT.replace("DoubleIt", "HalveIt").replace("01.double-it", "02.halve-it"));
    write(root, "exercises/src/test/java/fixture/HalveItTest.java",
        TEST_TEXT.replace("DoubleIt", "HalveIt")
            .replace("twice(3)).as(\"twice(3)\").isEqualTo(6)", "twice(4)).as(\"half of 4\").isEqualTo(2)")
            .replace("twice(-2)).as(\"twice(-2)\").isEqualTo(-4)", "twice(-4)).as(\"half of -4\").isEqualTo(-2)"));
  }

  /** Returns the {@code stubs.sha256} line of a stub with {@code text} at {@code path}. */
  static String checksumLine(String text, String path) {
    return StubChecksums.sha256(text.getBytes(StandardCharsets.UTF_8)) + "  " + path + "\n";
  }

  /** Writes {@code text} to {@code relative} below {@code root}, creating folders. */
  static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
