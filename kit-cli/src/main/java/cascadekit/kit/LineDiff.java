package cascadekit.kit;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence, printed as unified-diff hunks. */
final class LineDiff {
  private static final int CONTEXT = 3;

  private LineDiff() {}

  /** Returns the lines of a unified diff from {@code before} to {@code after}; empty if equal. */
  static List<String> unified(List<String> before, List<String> after) {
    List<String> edits = edits(before, after);
    List<Integer> changed = new ArrayList<>();
    for (int k = 0; k < edits.size(); k++) {
      if (edits.get(k).charAt(0) != ' ') {
        changed.add(k);
      }
    }
    List<String> out = new ArrayList<>();
    int g = 0;
    while (g < changed.size()) {
      int first = changed.get(g);
      int last = first;
      // Changes with at most two contexts' worth of kept lines between them share one hunk.
      while (g + 1 < changed.size() && changed.get(g + 1) - last <= 2 * CONTEXT + 1) {
        last = changed.get(++g);
      }
      g++;
      out.add("@@");
      out.addAll(edits.subList(Math.max(0, first - CONTEXT), Math.min(edits.size(), last + CONTEXT + 1)));
    }
    return out;
  }

  /** Returns every line prefixed by ' ' (kept), '-' (only before) or '+' (only after). */
  private static List<String> edits(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(" " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add("-" + a.get(i++));
      } else {
        edits.add("+" + b.get(j++));
      }
    }
    return edits;
  }
}
