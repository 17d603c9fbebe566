package cascadekit.examples.ch10;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages' results that many runs share, each made once: the truth, the labels, every way of
 * loading and cleaning season 1 asked for, and the leak check of the full pipeline's split.
 */
final class Stages {
  private final Map<List<Boolean>, CropLoading> loads = new HashMap<>();
  private final Map<List<Object>, CropCleaning> cleans = new HashMap<>();
  private CropTruth truth;
  private CropLabels labels;
  private LeakCheck leakCheck;

  /** Returns the truth, loaded once. */
  CropTruth truth() {
    truth = truth == null ? CropTruth.load() : truth;
    return truth;
  }

  /** Returns the aggregated labels, made once. */
  CropLabels labels() {
    labels = labels == null ? CropLabels.aggregate() : labels;
    return labels;
  }

  /** Returns season 1 loaded with or without the {@code -99} code and the quarantine. */
  CropLoading load(boolean missingCodes, boolean quarantine) {
    return loads.computeIfAbsent(List.of(missingCodes, quarantine), k -> CropLoading.of(CropLoading.SEASON_ONE,
        missingCodes ? CropLoading.MISSING : List.of("", "NA", "n/a"), quarantine));
  }

  /** Returns season 1 loaded as {@link #load} says, cleaned by {@code steps}. */
  CropCleaning clean(boolean missingCodes, boolean quarantine, Set<CropCleaning.Step> steps) {
    return cleans.computeIfAbsent(List.of(missingCodes, quarantine, steps),
        k -> CropCleaning.of(load(missingCodes, quarantine).table(), steps));
  }

  /** Returns the full pipeline's season 1, cleaned. */
  CropCleaning cleaned() {
    return clean(true, true, EnumSet.allOf(CropCleaning.Step.class));
  }

  /** Returns the leak check of the full pipeline's split, made once. */
  LeakCheck leakCheck() {
    leakCheck = leakCheck == null ? LeakCheck.of(Training.withLabels(cleaned().table(), labels().labels())) : leakCheck;
    return leakCheck;
  }
}
