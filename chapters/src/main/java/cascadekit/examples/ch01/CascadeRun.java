package cascadekit.examples.ch01;

/**
 * The measured outcome of chapter 01's example.
 *
 * @param trainRows rows the model was trained on
 * @param testRows held-out rows it was scored on
 * @param defectiveRows training rows that carry the unit switch
 * @param cleanAccuracy held-out accuracy when trained on clean data
 * @param defectiveAccuracy held-out accuracy when trained on the defective data
 * @param brokenPredictions held-out rows right before the defect and wrong after it
 */
public record CascadeRun(
    int trainRows,
    int testRows,
    long defectiveRows,
    double cleanAccuracy,
    double defectiveAccuracy,
    long brokenPredictions) {

  /** Returns the accuracy the defect cost, in percentage points. */
  public double costInPoints() {
    return 100 * (cleanAccuracy - defectiveAccuracy);
  }
}
