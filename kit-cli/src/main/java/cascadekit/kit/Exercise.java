package cascadekit.kit;

import java.util.List;
import java.util.Set;

/**
 * One exercise as the index lists it.
 *
 * @param id the exercise id, {@code NN.name}, e.g. {@code 01.accuracy}
 * @param chapter the two-digit chapter number
 * @param title a short title
 * @param stub the stub file, relative to the project root
 * @param testClass the fully qualified name of the test class that judges it
 * @param hints progressive hints, the first a nudge and the last nearly the answer
 * @param mayPassOnStub test methods allowed to pass on the stub (fix-the-bug exercises)
 * @param buildsOn the source paths (as {@link #sourcePath}) of earlier exercises' classes this one
 *     calls, such as a capstone's stages: compiled with it, from the same source folder
 * @param profile the Maven profile whose module holds the exercise ({@code spark}), or "" for none
 */
public record Exercise(
    String id,
    String chapter,
    String title,
    String stub,
    String testClass,
    List<String> hints,
    Set<String> mayPassOnStub,
    List<String> buildsOn,
    String profile) {

  /** Returns whether the exercise runs on Spark, in the scale module that {@code -Pspark} builds. */
  public boolean onSpark() {
    return profile.equals(SparkRuntime.PROFILE);
  }

  /** Returns the module folder holding its files, e.g. {@code scale/}, or "" for the kit's own folders. */
  public String module() {
    int at = stub.indexOf(Project.STUB_SOURCES);
    return at <= 0 ? "" : stub.substring(0, at);
  }

  /** Returns the stub's path below the learner's source folder, e.g. {@code cascadekit/ch01/X.java}. */
  public String sourcePath() {
    return stub.substring(stub.indexOf(Project.STUB_SOURCES) + Project.STUB_SOURCES.length());
  }

  /** Returns the test source's path below the test source folder. */
  public String testSourcePath() {
    return testClass.replace('.', '/') + ".java";
  }

  /** Returns the stub's class name, its file name without {@code .java}, e.g. {@code CohensKappa}. */
  public String stubClass() {
    String file = stub.substring(stub.lastIndexOf('/') + 1);
    return file.endsWith(".java") ? file.substring(0, file.length() - ".java".length()) : file;
  }

  /**
   * Returns the class name the id gives: the PascalCase of its part after the dot, e.g. {@code
   * CohensKappa} for {@code 05.cohens-kappa} and {@code Psi} for {@code 08.psi}.
   */
  public String classNamedAfterId() {
    StringBuilder name = new StringBuilder();
    for (String word : id.substring(id.indexOf('.') + 1).split("-")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
