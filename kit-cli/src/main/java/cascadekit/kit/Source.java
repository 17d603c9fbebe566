package cascadekit.kit;

import java.nio.file.Path;

/** Which implementation an exercise's tests are run against. */
enum Source {
  /** The learner's file in {@code exercises/src/main/java}. */
  STUB,
  /** The reference in {@code solutions/src/main/java}. */
  SOLUTION;

  /** Returns the source folder of this implementation in {@code project}. */
  Path folder(Project project) {
    return this == STUB ? project.stubSources() : project.solutionSources();
  }
}
