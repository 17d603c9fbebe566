package cascadekit.split;

/** Fails when a grouped k-fold split has fewer groups than folds. */
final class GroupCheck {
  private GroupCheck() {}

  /** Fails unless {@code groups} holds at least {@code folds} groups. */
  static void atLeast(String group, Blocks groups, int folds) {
    if (groups.count() < folds) {
      throw new IllegalArgumentException("nSplits=" + folds + " is more than the " + groups.count()
          + " groups of group column '" + group + "'; each fold needs a group of its own");
    }
  }
}
