package cascadekit.document;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code dataset.lock} in every folder under {@code datasets/}, after a deliberate change to
 * the data; {@code DatasetLocksTest} fails until then. From the kit's root:
 *
 * <pre>
 * ./mvnw -q -pl chapters test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cascadekit.document.LockDatasets
 * </pre>
 */
public final class LockDatasets {
  private LockDatasets() {}

  /** Locks every dataset and prints each lock file with its version. */
  public static void main(String[] args) {
    for (Path folder : folders()) {
      DatasetLock lock = DatasetLock.of(folder);
      System.out.println(lock.writeTo(folder) + " " + lock.version());
    }
  }

  /** Returns the folders directly under {@code datasets/}, sorted. */
  static List<Path> folders() {
    try (Stream<Path> list = Files.list(Datasets.folder())) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
