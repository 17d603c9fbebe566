// Mistake: drops the careless agr4 and trusts the rest equally: two who disagree tie, and the tie goes to healthy.
package cascadekit.ch10;

import cascadekit.data.CropSurvey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

public final class AggregateLabels {
  private AggregateLabels() {}

  public static Map<String, String> aggregate(Table labels, Table gold) {
    Map<String, int[]> votes = new LinkedHashMap<>();
    for (int row = 0; row < labels.rowCount(); row++) {
      if (labels.stringColumn("agronomist").get(row).equals("agr4")) {
        votes.computeIfAbsent(labels.stringColumn("visit_id").get(row), id -> new int[4]);
        continue;
      }
      int[] counts = votes.computeIfAbsent(labels.stringColumn("visit_id").get(row), id -> new int[4]);
      counts[CropSurvey.CLASSES.indexOf(labels.stringColumn("label").get(row))]++;
    }
    Map<String, String> byVisit = new LinkedHashMap<>();
    votes.forEach((visit, counts) -> byVisit.put(visit, CropSurvey.CLASSES.get(mostVoted(counts))));
    return byVisit;
  }

  /** Returns the class with the most votes; a tie goes to the first, healthy. */
  private static int mostVoted(int[] counts) {
    int best = 0;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return best;
  }
}
