package cascadekit.check;

/** A metrics file that cannot be read or written; the message names the file and the line. */
public final class MetricsFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception saying what went wrong where, with its cause. */
  public MetricsFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
