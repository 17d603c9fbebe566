package cascadekit.kit;

import java.io.IOException;
import java.nio.file.Path;

/** A second chapter for the fixture kit, and learners' status files for {@code ./kit class}. */
final class ClassFixture {
  static final String SECOND_EXERCISE =
      """

      ## 02.halve-it: Halve a number

      | field | value |
      | --- | --- |
      | chapter | 02 |
      | stub | `exercises/src/main/java/fixture/HalveIt.java` |
      | tests | `fixture.HalveItTest` |
      | may pass on stub | none |

      Hints:

      1. Divide.
      2. Return `n / 2`.

      ## 02.quarter-it: Quarter a number

      | field | value |
      | --- | --- |
      | chapter | 02 |
      | stub | `exercises/src/main/java/fixture/QuarterIt.java` |
      | tests | `fixture.QuarterItTest` |
      | may pass on stub | none |

      Hints:

      1. Divide by four.
      2. Return `n / 4`.
      """;

  /** Ada: chapter 01 done; in chapter 02, 02.halve-it fails both its tests and 02.quarter-it is done. */
  static final String ADA =
      """
      {"learner": "Ada", "kit_version": "0.1.0", "generated_at": "2025-03-01T10:00:00Z", "exercises": [
        {"id": "01.double-it", "chapter": "01", "status": "done", "results": {"version": 3, "status": "pass",
          "tests": [{"name": "twice 3 is 6", "status": "pass"}, {"name": "twice -2 is -4", "status": "pass"}]}},
        {"id": "02.halve-it", "chapter": "02", "status": "failing", "results": {"version": 3, "status": "fail",
          "tests": [{"name": "half of 4 is 2", "status": "fail", "message": "expected 2"},
                    {"name": "half of 3 is 1", "status": "fail", "message": "expected 1"}]}},
        {"id": "02.quarter-it", "chapter": "02", "status": "done", "results": {"version": 3, "status": "pass",
          "tests": [{"name": "a quarter of 8 is 2", "status": "pass"}]}}]}
      """;

  /**
   * A learner whose name is markup: 01.double-it does not compile; 02.halve-it fails one test;
   * 02.quarter-it is missing from the file, so it counts as new.
   */
  static final String BO =
      """
      {"learner": "<b>Ann & Bo</b>", "kit_version": "0.1.0", "generated_at": "2025-03-01T10:00:00Z", "exercises": [
        {"id": "01.double-it", "chapter": "01", "status": "failing",
          "results": {"version": 3, "status": "error", "message": "DoubleIt.java:10: error", "tests": []}},
        {"id": "02.halve-it", "chapter": "02", "status": "failing", "results": {"version": 3, "status": "fail",
          "tests": [{"name": "half of 4 is 2", "status": "fail", "message": "expected 2"},
                    {"name": "half of 3 is 1", "status": "pass"}]}}]}
      """;

  private ClassFixture() {}

  /** Adds exercises 02.halve-it and 02.quarter-it, in chapter 02 "Halving", to the fixture kit's index. */
  static void addSecondChapter(Path root) throws IOException {
    FixtureProject.write(root, "exercises/EXERCISES.md", FixtureProject.INDEX + SECOND_EXERCISE);
    FixtureProject.write(root, "chapters/02-halving.md", "# Chapter 02: Halving\n");
  }

  /** Writes a class folder with Ada's and Bo's files, a malformed file, a results.json and a note. */
  static Path classFolder(Path root) throws IOException {
    FixtureProject.write(root, "class/ada.json", ADA);
    FixtureProject.write(root, "class/bo.json", BO);
    FixtureProject.write(root, "class/broken.json", "{\"learner\": \"Cy\", \"exercises\": [");
    FixtureProject.write(root, "class/results.json", "{\"version\": 3, \"status\": \"fail\", \"tests\": []}");
    FixtureProject.write(root, "class/notes.txt", "not a learner file");
    return root.resolve("class");
  }
}
