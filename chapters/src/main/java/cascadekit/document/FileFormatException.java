package cascadekit.document;

import java.nio.file.Path;

/** A lock file or lineage log that cannot be read: names the file, the line and the field. */
public final class FileFormatException extends RuntimeException {
  private final transient Path file;
  private final int line;
  private final String field;

  FileFormatException(Path file, int line, String field, String problem) {
    super(file + " line " + line + ", field " + field + ": " + problem);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** Returns the lock file. */
  public Path file() {
    return file;
  }

  /** Returns the line at fault, counted from 1. */
  public int line() {
    return line;
  }

  /** Returns the field at fault, such as {@code sha256} or {@code run.runId}. */
  public String field() {
    return field;
  }
}
