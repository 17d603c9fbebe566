package cascadekit.data.synth;

import java.util.List;

/**
 * An annotator of {@code review-labels} and the confusion matrix their labels are drawn from:
 * {@code confusion[t][g]} is the chance they give label {@code g} to an item whose true label is
 * {@code t}, both in the order of {@link #LABELS}.
 *
 * @param id the annotator's id, {@code a1} to {@code a5}
 * @param profile what kind of annotator this is, in a few words
 * @param confusion rows: true label; columns: given label
 */
record Annotator(String id, String profile, double[][] confusion) {
  /** The labels, in the order of the confusion matrices' rows and columns. */
  static final List<String> LABELS = List.of("positive", "neutral", "negative");

  /** The five annotators, best first. */
  static final List<Annotator> PANEL =
      List.of(
          new Annotator(
              "a1",
              "careful expert",
              new double[][] {{0.95, 0.04, 0.01}, {0.05, 0.92, 0.03}, {0.02, 0.04, 0.94}}),
          new Annotator(
              "a2",
              "reliable",
              new double[][] {{0.90, 0.08, 0.02}, {0.10, 0.82, 0.08}, {0.04, 0.10, 0.86}}),
          new Annotator(
              "a3",
              "hurried",
              new double[][] {{0.80, 0.15, 0.05}, {0.20, 0.65, 0.15}, {0.10, 0.20, 0.70}}),
          new Annotator(
              "a4",
              "swaps neutral and negative",
              new double[][] {{0.93, 0.04, 0.03}, {0.04, 0.08, 0.88}, {0.03, 0.87, 0.10}}),
          new Annotator(
              "a5",
              "spammer: labels at random",
              new double[][] {
                {1 / 3.0, 1 / 3.0, 1 / 3.0},
                {1 / 3.0, 1 / 3.0, 1 / 3.0},
                {1 / 3.0, 1 / 3.0, 1 / 3.0}
              }));

  /** Returns the label this annotator gives an item whose true label is {@code truth}. */
  String label(Draw draw, String truth) {
    return LABELS.get(draw.weighted(confusion[LABELS.indexOf(truth)]));
  }

  /** Returns whether giving {@code given} for {@code truth} is this annotator's systematic swap. */
  boolean isSwap(String truth, String given) {
    return id.equals("a4")
        && !truth.equals(given)
        && !truth.equals("positive")
        && !given.equals("positive");
  }
}
