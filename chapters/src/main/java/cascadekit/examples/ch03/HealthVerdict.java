package cascadekit.examples.ch03;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.check.ValidationSuite;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.ValueType;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The health report's verdict on clinic-visits, from stated rules, not from colour: values a
 * person cannot have are errors, a second spelling of a category is a warning, a column under the
 * completeness threshold is a warning, quarantined rows are a warning (data lost before profiling).
 */
final class HealthVerdict {
  /** The id of the section that lists the quarantined rows. */
  static final String QUARANTINE = HtmlReport.anchor(QuarantineSection.TITLE);

  private HealthVerdict() {}

  /** Returns the findings on {@code visits}, whose profiles are {@code profiles}, linked to {@code section}. */
  static List<Verdict.Item> of(Loaded visits, List<ColumnProfile> profiles, String section) {
    Check possible = Check.error("values a person can have")
        .isBetween("age", 0, 120)            // years
        .isBetween("height_cm", 100, 220)    // centimetres: metres read 1.72
        .isBetween("weight_kg", 30, 250);    // kilograms
    Check spelled = Check.warn("one spelling per category").isContainedIn("sex", Set.of("F", "M"));
    Map<String, ColumnProfile> byName = profiles.stream().collect(Collectors.toMap(ColumnProfile::name, p -> p));
    List<Verdict.Item> items = new ArrayList<>();
    for (ConstraintResult failed : ValidationSuite.on(visits.table()).idColumn("visit_id")
        .addCheck(possible).addCheck(spelled).run().failures()) {
      Verdict.Item item = Verdict.of(failed, section);
      ColumnProfile seen = byName.get(failed.column());
      items.add(new Verdict.Item(item.level(), item.where(), item.what(),
          item.howBad() + (seen.type() == ValueType.NUMBER ? ", values " + seen.min() + " to " + seen.max()
              : ", " + seen.distinct() + " distinct values"), item.rows(), item.anchor()));
    }
    for (ColumnProfile p : profiles) {
      if (p.completeness() < ProfilingExample.THRESHOLD) {
        items.add(new Verdict.Item(Level.WARN, p.name(), "completeness under the threshold " + ProfilingExample.THRESHOLD,
            String.format(Locale.ROOT, "%.3f complete, %d rows missing", p.completeness(), p.missing()), "", section));
      }
    }
    List<QuarantinedRow> quarantined = visits.result().quarantined();
    if (!quarantined.isEmpty()) {
      Map<String, Long> byColumn = quarantined.stream()
          .collect(Collectors.groupingBy(QuarantinedRow::column, TreeMap::new, Collectors.counting()));
      items.add(new Verdict.Item(Level.WARN, String.join(", ", byColumn.keySet()), "rows quarantined by the loader, "
          + "left out of every figure below", quarantined.size() + " of " + visits.result().rowsRead() + " rows read "
          + byColumn.entrySet().stream().map(e -> e.getValue() + " for " + e.getKey()).collect(Collectors.joining(", ", "(", ")")),
          "", QUARANTINE));
    }
    return items;
  }
}
