package cascadekit.examples.ch10;

import cascadekit.clean.DetectionScore;
import java.util.HashSet;
import java.util.Set;

/**
 * What the pipeline found of one defect kind of the manifest: the stage that looks for it, where
 * the defects are, and the precision and recall of what the stage flagged.
 *
 * @param kind the manifest's defect kind
 * @param stage the stage that finds it
 * @param where the files and columns the manifest lists it in
 * @param score the flagged items against the manifest's
 */
record KindScore(String kind, String stage, String where, DetectionScore score) {
  /**
   * Returns the score of {@code flagged} against {@code defects}, leaving out of the flagged items
   * the {@code others}: defects of other kinds the same step rightly flags, which are not false alarms.
   */
  static KindScore of(String kind, String stage, String where, Set<String> flagged, Set<String> defects,
      Set<String> others) {
    Set<String> own = new HashSet<>(flagged);
    own.removeIf(item -> others.contains(item) && !defects.contains(item));
    return new KindScore(kind, stage, where, DetectionScore.of(own, defects));
  }

  /** Returns whether the pipeline found any of the kind. */
  boolean found() {
    return score.truePositives() > 0;
  }
}
