package cascadekit.load;

/**
 * A file that cannot be loaded at all (missing, empty, undecodable, unbalanced quote, wrong
 * header), with a message that names the file and, where there is one, the line and column.
 */
public class LoadException extends RuntimeException {
  /** Creates the exception with its located message. */
  public LoadException(String message) {
    super(message);
  }
}
