package cascadekit.kit;

/** A problem the learner can fix, reported as one clear line instead of a stack trace. */
public class KitException extends RuntimeException {
  /** Creates the exception with the message the learner will see. */
  public KitException(String message) {
    super(message);
  }
}
