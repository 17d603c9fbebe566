// Mistake: flags the first visit of each pair and keeps the later copy
package cascadekit.ch10;

import cascadekit.clean.NearDuplicates;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/** Exercise 10.find-duplicates: the later copy of each visit entered twice. */
public final class FindDuplicates {
  private FindDuplicates() {}

  /** Returns the ids of the later copies of exact and near-duplicate visits; the first is kept. */
  public static Set<String> duplicates(Table visits) {
    Set<String> later = new TreeSet<>();
    // One rule finds both kinds: the same enumerator on the same plot on the same day. The survey
    // visits a plot at most once a day, so a second form that day is the first one sent again,
    // exactly (ExactDuplicates would find those alone) or re-entered with a slipped time and
    // yield. A revisit on another day is a real visit and stays.
    Table withDay = visits.copy().addColumns(visits.dateTimeColumn("visited_at").date().setName("visit_day"));
    NearDuplicates.find(withDay, "enumerator", List.of("plot_id", "visit_day"), 0).pairs()
        .forEach(pair -> later.add(pair.first()));
    return later;
  }
}
