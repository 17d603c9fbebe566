package cascadekit.load.hostile;

import java.util.List;

/**
 * What reading one hostile file must give: a {@code LoadException} of a kind at a line (0: no
 * line applies), or rows read = kept + quarantined with the lines of the quarantined rows
 * (empty: not checked).
 *
 * @param error a phrase the error message holds, or null when rows are expected
 * @param line the line the error names, 0 when none applies
 * @param read rows read
 * @param kept rows kept
 * @param quarantined rows quarantined
 * @param lines the lines of the quarantined rows, in order; empty when not checked
 */
record Outcome(String error, long line, long read, long kept, long quarantined, List<Long> lines) {
  /** Returns an expected error holding {@code kind}, naming {@code line}. */
  static Outcome error(String kind, long line) {
    return new Outcome(kind, line, 0, 0, 0, List.of());
  }

  /** Returns expected counts, with the quarantined rows' lines. */
  static Outcome rows(long read, long kept, long quarantined, Long... lines) {
    return new Outcome(null, 0, read, kept, quarantined, List.of(lines));
  }

  /** Returns whether an error is expected. */
  boolean isError() {
    return error != null;
  }

  @Override
  public String toString() {
    return isError() ? "error '" + error + "' at line " + line : read + " rows read = " + kept + " kept + " + quarantined + " quarantined";
  }
}
