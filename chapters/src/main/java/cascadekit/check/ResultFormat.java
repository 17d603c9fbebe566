package cascadekit.check;

/**
 * How many failing-row ids a validation run keeps per constraint, after Great Expectations'
 * result formats. Either way the run is one pass and every result carries the total count.
 */
public enum ResultFormat {
  /** The ids of the first {@value ConstraintResult#ID_CAP} failing rows: memory stays bounded whatever the data. */
  SUMMARY,
  /** Every failing row's id (Great Expectations' {@code COMPLETE}): memory grows with the failing rows. */
  COMPLETE;

  /** Returns the most ids a result keeps in this format. */
  int idCap() {
    return this == SUMMARY ? ConstraintResult.ID_CAP : Integer.MAX_VALUE;
  }
}
