package cascadekit.clean;

import java.util.Set;

/**
 * How well a cleaning step's changes match the known defects: precision (the share of what it
 * changed that was wrong, so a cleaner that "fixes" clean cells loses it) and recall (the share of
 * the known defects it changed).
 *
 * <pre>{@code
 * DetectionScore score = DetectionScore.of(Set.of("V1/age", "V2/age"), Set.of("V1/age", "V3/age"));
 * score.precision();   // 0.5
 * score.recall();      // 0.5
 * }</pre>
 *
 * @param flagged how many items the step changed
 * @param truePositives how many of those are known defects
 * @param defects how many known defects there are
 */
public record DetectionScore(int flagged, int truePositives, int defects) {
  /** Returns the score of the items {@code flagged} against the known {@code defects}. */
  public static DetectionScore of(Set<String> flagged, Set<String> defects) {
    int hits = (int) flagged.stream().filter(defects::contains).count();
    return new DetectionScore(flagged.size(), hits, defects.size());
  }

  /** Returns true positives / flagged; NaN when nothing was flagged. */
  public double precision() {
    return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
  }

  /** Returns true positives / defects; NaN when there are no known defects. */
  public double recall() {
    return defects == 0 ? Double.NaN : (double) truePositives / defects;
  }
}
