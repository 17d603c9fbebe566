package cascadekit.document;

import java.nio.file.Path;

/** A lock file that cannot be read: names the file, the line and the field at fault. */
public final class LockFileException extends RuntimeException {
  private final transient Path file;
  private final int line;
  private final String field;

  LockFileException(Path file, int line, String field, String problem) {
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

  /** Returns the field at fault: {@code version}, {@code sha256}, {@code size} or {@code path}. */
  public String field() {
    return field;
  }
}
