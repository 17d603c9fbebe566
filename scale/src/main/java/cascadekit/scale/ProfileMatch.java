package cascadekit.scale;

import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Histogram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a merged profile of one column compares with the single-pass one: the same counts, extremes,
 * quantiles, top values and histograms, and how far apart the moments are (relative), which may
 * differ in their last bits only.
 *
 * @param column the column
 * @param exact whether everything but the moments is equal
 * @param meanGap |merged - single| / |single| of the mean, 0 for a column with none
 * @param stdDevGap the same for the standard deviation
 */
public record ProfileMatch(String column, boolean exact, double meanGap, double stdDevGap) {
  /** The largest relative gap in a moment that still counts as the same figure. */
  public static final double MOMENT_GAP = 1e-12;

  /** Returns one match per column, {@code merged} and {@code single} in the same column order. */
  public static List<ProfileMatch> of(List<ColumnProfile> merged, List<ColumnProfile> single) {
    List<ProfileMatch> matches = new ArrayList<>();
    for (int i = 0; i < single.size(); i++) {
      ColumnProfile m = merged.get(i);
      ColumnProfile s = single.get(i);
      boolean exact = m.name().equals(s.name()) && m.type() == s.type() && m.rows() == s.rows() && m.present() == s.present()
          && m.distinct() == s.distinct() && m.unique() == s.unique() && m.min().equals(s.min()) && m.max().equals(s.max())
          && m.quantiles().equals(s.quantiles()) && m.topValues().equals(s.topValues())
          && same(m.histogram(), s.histogram()) && same(m.fencedHistogram(), s.fencedHistogram());
      matches.add(new ProfileMatch(s.name(), exact, gap(m.mean(), s.mean()), gap(m.stdDev(), s.stdDev())));
    }
    return matches;
  }

  /** Returns whether the profiles agree: exact, moments within {@link #MOMENT_GAP}. */
  public boolean agrees() {
    return exact && meanGap <= MOMENT_GAP && stdDevGap <= MOMENT_GAP;
  }

  private static boolean same(Histogram a, Histogram b) {
    return Double.compare(a.min(), b.min()) == 0 && Double.compare(a.max(), b.max()) == 0 && Arrays.equals(a.counts(), b.counts())
        && a.below() == b.below() && a.above() == b.above();
  }

  private static double gap(double merged, double single) {
    if (Double.isNaN(merged) && Double.isNaN(single) || merged == single) {
      return 0;
    }
    return Math.abs(merged - single) / Math.abs(single);
  }
}
