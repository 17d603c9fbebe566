package cascadekit.kit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learner's stubs of one chapter, compiled for {@code ./kit jshell NN} into {@code
 * .kit/build/jshell/NN/}. Each stub is compiled on its own, so one that does not compile is left
 * out with a note and the others stay usable.
 *
 * <pre>{@code
 * ChapterStubs stubs = ChapterStubs.compile(project, index, "01");
 * stubs.imports();  // [import cascadekit.ch01.*;]
 * }</pre>
 *
 * @param classPath the folder of the compiled classes, or nothing when none compiled
 * @param imports one jshell import per package of the compiled stubs
 * @param notes one line per stub left out, naming the file and its first compile error
 */
record ChapterStubs(List<Path> classPath, List<String> imports, List<String> notes) {
  /** No stubs: jshell without a chapter. */
  static final ChapterStubs NONE = new ChapterStubs(List.of(), List.of(), List.of());

  /** Returns the stubs of {@code chapter} in {@code index}, compiled. */
  static ChapterStubs compile(Project project, ExerciseIndex index, String chapter) {
    Path classes = project.state().resolve("build/jshell/" + chapter);
    Path one = project.state().resolve("build/jshell/" + chapter + ".one");
    FileTrees.deleteIfExists(classes);
    Compiler compiler = new Compiler();
    Set<String> packages = new TreeSet<>();
    List<String> notes = new ArrayList<>();
    for (Exercise exercise : index.exercises()) {
      if (!exercise.chapter().equals(chapter)) {
        continue;
      }
      Path stub = project.file(exercise.stub());
      Compiler.CompileResult result = compiler.compile(List.of(stub), one);
      if (result.ok()) {
        FileTrees.copyInto(one, classes);
        packages.add(packageOf(exercise));
      } else {
        notes.add("jshell leaves out " + exercise.stub() + ", which does not compile: " + firstError(result, stub));
      }
    }
    FileTrees.deleteIfExists(one);
    List<String> imports = packages.stream().map(p -> "import " + p + ".*;").toList();
    return new ChapterStubs(packages.isEmpty() ? List.of() : List.of(classes), imports, notes);
  }

  private static String packageOf(Exercise exercise) {
    String path = exercise.sourcePath();
    return path.substring(0, path.lastIndexOf('/')).replace('/', '.');
  }

  private static String firstError(Compiler.CompileResult result, Path stub) {
    String where = stub.toString().replace(File.separatorChar, '/') + ":";
    return result.errors().stream()
        .findFirst()
        .map(error -> "line " + error.replace(where, "").lines().findFirst().orElse(""))
        .orElse("no message from the compiler");
  }
}
