package cascadekit.examples.ch10;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cascade cost of each fix: the pipeline run again without it, everything else equal and
 * seeded, and the same model trained on the truth as the ceiling.
 *
 * @param full the run with every fix
 * @param without each fix's run without it
 * @param ceiling the accuracy of the model trained and tested on {@code truth.csv}
 */
record CascadeCosts(Training full, Map<Training.Fix, Training> without, double ceiling) {
  /** Returns the costs, sharing {@code stages} with the run. */
  static CascadeCosts of(Training full, Stages stages) {
    Map<Training.Fix, Training> without = new LinkedHashMap<>();
    for (Training.Fix fix : Training.Fix.values()) {
      without.put(fix, Training.run(EnumSet.of(fix), stages));
    }
    return new CascadeCosts(full, without, Training.ceiling(stages.truth()));
  }

  /** Returns what skipping {@code fix} costs in field accuracy, in points (positive: the fix helps). */
  double points(Training.Fix fix) {
    return 100 * (full.field() - without.get(fix).field());
  }

  /** Returns what the fix does, in a few words. */
  static String describe(Training.Fix fix) {
    return switch (fix) {
      case MISSING_CODES -> "-99 read as missing";
      case QUARANTINE -> "impossible rows quarantined";
      case CATEGORIES -> "spellings made canonical";
      case UNITS -> "acres and bags converted";
      case DUPLICATES -> "exact and near duplicates removed";
      case IMPUTATION -> "missing numbers imputed";
      case LABELS -> "labels aggregated with gold";
      case SPLIT -> "split by plot, leak dropped";
    };
  }
}
