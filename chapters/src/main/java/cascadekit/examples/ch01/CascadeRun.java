package cascadekit.examples.ch01;

import java.util.SortedMap;

/**
 * The measured outcome of chapter 01's example.
 *
 * @param trainRows rows the model was trained on
 * @param testRows held-out rows it was scored on
 * @param defectiveRows training rows that carry the unit switch
 * @param cleanAccuracy held-out accuracy when trained on clean data
 * @param defectiveAccuracy held-out accuracy when trained on the defective data
 * @param brokenPredictions held-out rows right before the defect and wrong after it
 * @param fixedPredictions held-out rows wrong before the defect and right after it, by luck
 * @param cleanRecall per species, the share of held-out rows the clean model got right
 * @param defectiveRecall per species, the share the defective model got right
 */
public record CascadeRun(
    int trainRows,
    int testRows,
    long defectiveRows,
    double cleanAccuracy,
    double defectiveAccuracy,
    long brokenPredictions,
    long fixedPredictions,
    SortedMap<String, Double> cleanRecall,
    SortedMap<String, Double> defectiveRecall) {

  /** Returns the accuracy the defect cost, in percentage points. */
  public double costInPoints() {
    return 100 * (cleanAccuracy - defectiveAccuracy);
  }
}
