package cascadekit.scale;

/**
 * A setup or input the scale module cannot work with: Java started without Spark's flags, a Spark
 * of another version on the class path, a check on a column the data lacks. Its message is one
 * line that names the fix, in place of the stack trace Spark or Scala would print.
 */
public final class ScaleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with the one-line {@code message}. */
  public ScaleException(String message) {
    super(message);
  }
}
