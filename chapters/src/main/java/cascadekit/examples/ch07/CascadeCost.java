package cascadekit.examples.ch07;

import cascadekit.data.LoanApplications;
import cascadekit.split.TrainTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import tech.tablesaw.api.Table;

/**
 * What each kind of leakage adds to the loan model's AUC: the naive pipeline (random split,
 * leaky flag kept, scaler fitted on all rows) is scored with each leak fixed on its own, and with
 * all fixed (the honest split). A random split is scored over {@link #SEEDS} seeds and averaged.
 *
 * @param naive the naive pipeline's mean AUC
 * @param naiveSd the standard deviation of the naive AUC over the seeds (sample, n - 1)
 * @param fixes each kind's AUC once fixed, in the order of Kapoor and Narayanan's taxonomy
 * @param honest the honest pipeline's AUC
 * @param honestTrain the honest model's AUC on its own training rows, as if there were no test set
 * @param served the naive pipeline's model in service: trained on the honest training rows, scored
 *     on the honest test rows with {@code collections_flag} 0, as it is when a loan is decided
 */
record CascadeCost(double naive, double naiveSd, List<Fix> fixes, double honest, double honestTrain, double served) {
  static final int SEEDS = 10;
  private static final LoanPipeline NAIVE = new LoanPipeline(true, true);
  private static final LoanPipeline HONEST = new LoanPipeline(false, false);

  /** One kind of leakage fixed on its own, and the AUC the naive pipeline then gets. */
  record Fix(String kind, String fix, double auc) {}

  /** Returns the scores of every pipeline on {@code loans}. */
  static CascadeCost of(Table loans) {
    double[] naive = seeds(seed -> NAIVE.auc(LoanSplits.random(loans, seed)));
    Table deduplicated = LoanSplits.deduplicated(loans);
    List<Fix> fixes = new ArrayList<>();
    fixes.add(new Fix("L1.2 preprocessing on training and test", "scaler fitted on training rows",
        mean(seeds(seed -> new LoanPipeline(true, false).auc(LoanSplits.random(loans, seed))))));
    fixes.add(new Fix("L1.4 duplicates across the split", "exact duplicates dropped before splitting",
        mean(seeds(seed -> NAIVE.auc(LoanSplits.random(deduplicated, seed))))));
    fixes.add(new Fix("L2 illegitimate feature", "collections_flag dropped",
        mean(seeds(seed -> new LoanPipeline(false, true).auc(LoanSplits.random(loans, seed))))));
    fixes.add(new Fix("L3.1 temporal leakage", "test on the latest quarter in time",
        NAIVE.auc(LoanSplits.timed(loans))));
    fixes.add(new Fix("L3.2 non-independence", "grouped by applicant",
        mean(seeds(seed -> NAIVE.auc(LoanSplits.grouped(loans, seed))))));
    TrainTest honest = LoanSplits.honest(loans);
    Table atDecision = honest.test().copy();
    atDecision.replaceColumn(LoanApplications.LEAK, atDecision.intColumn(LoanApplications.LEAK).map(flag -> 0));
    return new CascadeCost(mean(naive), sd(naive), fixes, HONEST.auc(honest),
        HONEST.auc(honest.train(), honest.train()), new LoanPipeline(true, false).auc(honest.train(), atDecision));
  }

  private static double[] seeds(LongFunction<Double> score) {
    double[] scores = new double[SEEDS];
    for (int seed = 1; seed <= SEEDS; seed++) {
      scores[seed - 1] = score.apply(seed);
    }
    return scores;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double sd(double[] values) {
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }
}
