package cascadekit.kit;

import cascadekit.data.Datasets;
import java.nio.file.Path;

/**
 * The kit's folders, all resolved from the project root. A module that keeps exercises of its
 * own (the scale module of chapter 11) mirrors them below its folder: {@code scale/exercises/src/main/java}.
 *
 * @param root the folder that holds {@code pom.xml}, {@code exercises/} and {@code datasets/}
 * @param module the folder below the root whose exercise folders these are, e.g. {@code scale/}, or "" for the kit's own
 */
public record Project(Path root, String module) {
  /** Where the stubs live, relative to the root. */
  public static final String STUB_SOURCES = "exercises/src/main/java/";

  /** Keeps the root absolute and normalised, so containment checks are sound. */
  public Project {
    root = root.toAbsolutePath().normalize();
  }

  /** The project at {@code root}, its exercises in the kit's own folders. */
  public Project(Path root) {
    this(root, "");
  }

  /** Returns the same project with the folders of the module holding {@code exercise}. */
  public Project in(Exercise exercise) {
    return new Project(root, exercise.module());
  }

  /** Returns {@code relative} resolved below the root; refuses a path that leaves the project. */
  public Path file(String relative) {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new KitException("refusing a path outside the project: " + relative);
    }
    return file;
  }

  /** Returns the project the kit runs in, found as {@link Datasets#root()} finds it. */
  public static Project locate() {
    return new Project(Datasets.root());
  }

  /** Returns the exercise index, {@code exercises/EXERCISES.md}. */
  public Path index() {
    return root.resolve("exercises/EXERCISES.md");
  }

  /** Returns the folder of the stubs learners edit. */
  public Path stubSources() {
    return root.resolve(module + STUB_SOURCES);
  }

  /** Returns the folder of the exercise tests. */
  public Path testSources() {
    return root.resolve(module + "exercises/src/test/java");
  }

  /** Returns the folder of the reference solutions. */
  public Path solutionSources() {
    return root.resolve(module + "solutions/src/main/java");
  }

  /** Returns the mistake catalogue: {@code <exercise id>/<mistake slug>/} source folders. */
  public Path mistakes() {
    return root.resolve(module + "solutions/src/mistakes");
  }

  /** Returns the folder of the chapter texts. */
  public Path chapters() {
    return root.resolve("chapters");
  }

  /** Returns the learner's state folder (git-ignored): progress, hints, backups, builds. */
  public Path state() {
    return root.resolve(".kit");
  }
}
