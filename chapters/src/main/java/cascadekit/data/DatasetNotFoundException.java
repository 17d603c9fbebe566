package cascadekit.data;

/** Thrown when a dataset file or the kit's {@code datasets/} folder cannot be found. */
public class DatasetNotFoundException extends RuntimeException {
  /** Creates the exception with a message that names the missing path. */
  public DatasetNotFoundException(String message) {
    super(message);
  }
}
