package cascadekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every {@code import cascadekit....} line of the Java files under a source folder, with the
 * package of the importing file and of the imported name, both below {@code cascadekit}.
 *
 * <pre>{@code
 * SourceImports.under(root.resolve("chapters/src/main/java"));
 * // => [Import[file=.../Profiler.java, from=profile, to=load, line=import ...CsvReader;], ...]
 * }</pre>
 */
final class SourceImports {
  private static final Pattern PACKAGE = Pattern.compile("^package cascadekit\\.([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?cascadekit\\.([a-z_][\\w.]*?)\\.[A-Z*].*;");

  /** One import: the file, its package, the imported package and the line as written. */
  record Import(Path file, String from, String to, String line) {}

  private SourceImports() {}

  /** Returns every import of a {@code cascadekit} package in the Java files under a folder. */
  static List<Import> under(Path folder) {
    List<Import> imports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        imports.addAll(in(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imports;
  }

  private static List<Import> in(Path file) throws IOException {
    String from = "";
    List<Import> imports = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher pkg = PACKAGE.matcher(line.strip());
      if (pkg.matches()) {
        from = pkg.group(1);
      }
      Matcher imported = IMPORT.matcher(line.strip());
      if (imported.matches()) {
        imports.add(new Import(file, from, imported.group(1), line.strip()));
      }
    }
    return imports;
  }
}
