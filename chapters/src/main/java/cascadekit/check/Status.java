package cascadekit.check;

/** Whether the data met a constraint. */
public enum Status {
  /** The measured value met the threshold. */
  PASSED,
  /** The measured value missed the threshold. */
  FAILED
}
