package cascadekit.document;

import java.nio.file.Path;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A dataset a run read or wrote, as an OpenLineage event names it: a namespace, a name, its version
 * (a {@link ContentHash}) and, when the step had it as a table, its schema and counts.
 *
 * @param namespace where the name is unique, such as {@code file} for paths of the kit
 * @param name the dataset's name, such as {@code datasets/clinic-visits/visits.csv}
 * @param version the dataset's content hash
 * @param facts its schema and quality metrics, or empty when the event carries none
 */
public record LineageDataset(
    String namespace, String name, String version, Optional<TableFacts> facts) {
  /** The namespace of files named by their path relative to the kit's root. */
  public static final String FILES = "file";

  /**
   * Returns {@code file}, named by its path relative to {@code root} with {@code /} separators,
   * versioned by the hash of its bytes, with the facts of {@code table}, the data it holds.
   */
  public static LineageDataset file(Path root, Path file, Table table) {
    String name =
        root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return new LineageDataset(
        FILES, name, ContentHash.ofFile(file), Optional.of(TableFacts.of(table)));
  }
}
