package cascadekit.kit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles exercise sources inside the running JVM, against the kit's own class path, so a
 * check needs no new Maven process.
 */
final class Compiler {
  private final JavaCompiler javac;

  Compiler() {
    javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new KitException("no Java compiler here: the kit needs a JDK 17, not a JRE");
    }
  }

  /** Returns the outcome of compiling {@code sources} into {@code output}, emptied first. */
  CompileResult compile(List<Path> sources, Path output) {
    return compile(sources, output, System.getProperty("java.class.path"));
  }

  /** Returns the outcome of compiling {@code sources} against {@code classpath} into {@code output}, emptied first. */
  CompileResult compile(List<Path> sources, Path output, String classpath) {
    FileTrees.deleteIfExists(output);
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + output, e);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // No --release: reading the JDK's symbol file costs a tenth of a second on every check.
      List<String> options =
          List.of(
              "-d", output.toString(),
              "-classpath", classpath,
              "-encoding", "UTF-8",
              "-proc:none",
              "-implicit:none");
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromFiles(sources.stream().map(Path::toFile).toList());
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      return new CompileResult(ok, errors(diagnostics));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String where = d.getSource() == null ? "" : d.getSource().getName().replace(File.separatorChar, '/');
        errors.add(where + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  /**
   * What a compilation gave.
   *
   * @param ok whether every source compiled
   * @param errors one line per error: {@code file:line:column: message}
   */
  record CompileResult(boolean ok, List<String> errors) {}
}
