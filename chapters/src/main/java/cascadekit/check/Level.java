package cascadekit.check;

/** How much a failed constraint matters: only an {@link #ERROR} fails a validation run. */
public enum Level {
  /** A failure fails the run: the data must not go on. */
  ERROR,
  /** A failure is reported but does not fail the run: someone should look. */
  WARN
}
