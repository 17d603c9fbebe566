package cascadekit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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

/**
 * {@code ./kit run NN [NAME]}: runs chapter NN's examples, the classes
 * {@code cascadekit.examples.chNN.*Example}, or the one class there named NAME (a benchmark,
 * say). Chapter 11's classes live in the scale module and start in a JVM of their own ({@link ScaleLaunch}).
 */
final class RunCommand implements Command {
  @Override
  public String name() {
    return "run";
  }

  @Override
  public String usage() {
    return "run NN [NAME]";
  }

  @Override
  public String summary() {
    return "run chapter NN's example";
  }

  @Override
  public String help() {
    return "Runs chapter NN's example, e.g. ./kit run 01. With NAME, runs that class of the chapter\n"
        + "instead, e.g. a benchmark: ./kit run 03 ProfileBenchmark. Arguments after NAME go to it.";
  }

  @Override
  public int run(Context context, List<String> args) {
    if (args.isEmpty()) {
      throw new KitException("missing argument; usage: ./kit " + usage());
    }
    String number = chapterNumber(args.get(0));
    if (number.equals(ScaleLaunch.CHAPTER)) {
      return ScaleLaunch.run(context.project(), args.subList(1, args.size()));
    }
    List<String> classes = mainClasses("cascadekit/examples/ch" + number);
    if (args.size() > 1) {
      String wanted = "cascadekit.examples.ch" + number + "." + args.get(1);
      if (!classes.contains(wanted)) {
        throw new KitException("chapter " + number + " has no class " + args.get(1) + "; it has "
            + String.join(", ", classes.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList()));
      }
      invokeMain(wanted, args.subList(2, args.size()).toArray(new String[0]));
      return 0;
    }
    List<String> examples = classes.stream().filter(c -> c.endsWith("Example")).toList();
    if (examples.isEmpty()) {
      throw new KitException("chapter " + number + " has no runnable example yet");
    }
    for (String example : examples) {
      invokeMain(example, new String[0]);
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

  /** Returns the top-level classes in {@code folder} that have a {@code main} method, sorted. */
  private static List<String> mainClasses(String folder) {
    TreeSet<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(RunCommand.class.getClassLoader().getResources(folder))) {
        for (String entry : entries(url, folder)) {
          String name = (folder + "/" + entry).replace('/', '.').replaceAll("\\.class$", "");
          if (entry.endsWith(".class") && !entry.contains("$") && hasMain(name)) {
            names.add(name);
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

  private static boolean hasMain(String className) {
    try {
      Class<?> type = Class.forName(className, false, RunCommand.class.getClassLoader());
      return Modifier.isStatic(type.getMethod("main", String[].class).getModifiers());
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }

  private static void invokeMain(String className, String[] arguments) {
    try {
      Method main = Class.forName(className).getMethod("main", String[].class);
      main.invoke(null, (Object) arguments);
    } catch (InvocationTargetException e) {
      throw new KitException(className + " failed: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new KitException("cannot run " + className + ": " + e);
    }
  }
}
