package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** {@code ./kit run NN}: runs chapter NN's examples, the classes {@code cascadekit.examples.chNN.*Example}. */
final class RunCommand implements Command {
  @Override
  public String name() {
    return "run";
  }

  @Override
  public String usage() {
    return "run NN";
  }

  @Override
  public String summary() {
    return "run chapter NN's example";
  }

  @Override
  public String help() {
    return "Runs chapter NN's example, e.g. ./kit run 01.";
  }

  @Override
  public int run(Context context, List<String> args) {
    String number = chapterNumber(Args.one(this, args));
    List<String> examples = exampleClasses("cascadekit/examples/ch" + number);
    if (examples.isEmpty()) {
      throw new KitException("chapter " + number + " has no runnable example yet");
    }
    for (String example : examples) {
      invokeMain(example);
    }
    return 0;
  }

  /** Returns {@code word} as a two-digit chapter number, or fails. */
  static String chapterNumber(String word) {
    if (!word.matches("\\d{1,2}")) {
      throw new KitException("'" + word + "' is not a chapter number like 01");
    }
    return word.length() == 1 ? "0" + word : word;
  }

  private static List<String> exampleClasses(String folder) {
    TreeSet<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(RunCommand.class.getClassLoader().getResources(folder))) {
        for (String entry : entries(url, folder)) {
          if (entry.endsWith("Example.class") && !entry.contains("$")) {
            names.add((folder + "/" + entry).replace('/', '.').replaceAll("\\.class$", ""));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(names);
  }

  private static List<String> entries(URL url, String folder) throws IOException {
    if (url.getProtocol().equals("jar")) {
      try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
        return jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0)
            .map(n -> n.substring(folder.length() + 1))
            .toList();
      }
    }
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      return files.map(p -> p.getFileName().toString()).toList();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static void invokeMain(String className) {
    try {
      Method main = Class.forName(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new KitException(className + " failed: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new KitException("cannot run " + className + ": " + e);
    }
  }
}
