package cascadekit.examples.ch03;

import cascadekit.check.Check;
import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.check.ResultFormat;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import cascadekit.load.Loaded;
import cascadekit.load.QuarantinedRow;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Coverage;
import cascadekit.profile.ValueType;
import cascadekit.report.HtmlReport;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The health report's verdict, from stated rules, not from colour: values a person cannot have
 * are errors; a body-mass index no visit reaches (a weight in pounds), a second spelling of a
 * category, a column under the completeness threshold, a constant column, a slice under the
 * threshold and rows quarantined by the loader are warnings.
 */
final class HealthVerdict {
  /** The id of the section that lists the quarantined rows. */
  static final String QUARANTINE = HtmlReport.anchor(QuarantineSection.TITLE);
  /** The id of the coverage section. */
  static final String COVERAGE = HtmlReport.anchor("Coverage per slice");
  /** The column the one row rule, the body-mass index, judges: heights are checked on their own. */
  /** How a penguin column is told from a visit column in the verdict. */
  private static final String PENGUINS = " (penguins)";
  private static final String BODY_MASS_COLUMN = "weight_kg";

  private HealthVerdict() {}

  /** Returns the result of the verdict's rules on {@code visits}, with every failing visit id. */
  static ValidationResult rules(Table visits) {
    Check possible = Check.error("values a person can have")
        .isBetween("age", 0, 120)            // years
        .isBetween("height_cm", 100, 220)    // centimetres: metres read 1.72
        .isBetween("weight_kg", 30, 250);    // kilograms
    Check plausible = Check.warn("plausible body size")
        .satisfies("body-mass index at most 40 (pounds double it)", HealthVerdict::plausibleBodyMassIndex);
    Check spelled = Check.warn("one spelling per category").isContainedIn("sex", Set.of("F", "M"))
        .matches("diagnosis_code", "[A-Z]\\d{2}(\\.\\d)?");   // ICD-10: upper case, a dot before a fourth character
    return ValidationSuite.on(visits).idColumn("visit_id").resultFormat(ResultFormat.COMPLETE)
        .addCheck(possible).addCheck(plausible).addCheck(spelled).run();
  }

  /** Returns the column a failed rule is about. */
  static String column(ConstraintResult failed) {
    return failed.column() == null ? BODY_MASS_COLUMN : failed.column();
  }

  /** Returns the findings on {@code visits}, whose profiles are {@code profiles}, linked to {@code section}. */
  static List<Verdict.Item> of(Loaded visits, List<ColumnProfile> profiles, String section) {
    Map<String, ColumnProfile> byName = profiles.stream().collect(Collectors.toMap(ColumnProfile::name, p -> p));
    List<Verdict.Item> items = new ArrayList<>();
    for (ConstraintResult failed : rules(visits.table()).failures()) {
      Verdict.Item item = Verdict.of(failed, section);
      ColumnProfile seen = byName.get(failed.column());
      String range = seen == null ? " where height and weight are in range"
          : seen.type() == ValueType.NUMBER ? ", values " + seen.min() + " to " + seen.max() : ", " + seen.distinct() + " distinct values";
      items.add(new Verdict.Item(item.level(), column(failed), item.what(), item.howBad() + range, item.rows(), section));
    }
    items.addAll(incomplete(profiles, section));
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

  /** Returns the findings on the penguins: columns under the threshold or constant, and slices under it. */
  static List<Verdict.Item> penguins(List<ColumnProfile> profiles, List<Coverage> slices, String section) {
    List<Verdict.Item> items = new ArrayList<>(incomplete(profiles, section).stream()
        .map(i -> new Verdict.Item(i.level(), i.where() + PENGUINS, i.what(), i.howBad(), i.rows(), i.anchor())).toList());
    for (ColumnProfile p : profiles) {
      if (p.distinct() == 1 && p.rows() > 1) {
        items.add(new Verdict.Item(Level.WARN, p.name() + PENGUINS, "one value in every row: a constant carries no information",
            "1 distinct value in " + p.rows() + " rows", "", section));
      }
    }
    Map<String, List<Coverage>> below = Coverage.below(slices, ProfilingExample.THRESHOLD).stream()
        .collect(Collectors.groupingBy(Coverage::feature, TreeMap::new, Collectors.toList()));
    below.forEach((feature, under) -> {
      Coverage worst = under.stream().min(Comparator.comparingDouble(Coverage::completeness)).orElseThrow();
      items.add(new Verdict.Item(Level.WARN, feature + PENGUINS, "coverage under " + ProfilingExample.THRESHOLD + " in "
          + under.size() + (under.size() == 1 ? " slice" : " slices"), String.format(Locale.ROOT, "%d rows missing in %s,"
          + " %.3f complete (%d of %d)", worst.rows() - worst.present(), worst.slice(), worst.completeness(),
          worst.present(), worst.rows()), "", COVERAGE));
    });
    return items;
  }

  private static List<Verdict.Item> incomplete(List<ColumnProfile> profiles, String section) {
    return profiles.stream().filter(p -> p.completeness() < ProfilingExample.THRESHOLD)
        .map(p -> new Verdict.Item(Level.WARN, p.name(), "completeness under the threshold " + ProfilingExample.THRESHOLD,
            String.format(Locale.ROOT, "%d rows missing, %.3f complete", p.missing(), p.completeness()), "", section))
        .toList();
  }

  /** Returns whether a row's body-mass index is at most 40; a row another rule judges, or one without a size, passes. */
  private static boolean plausibleBodyMassIndex(Row row) {
    if (row.isMissing("height_cm") || row.isMissing("weight_kg")) {
      return true;
    }
    double metres = row.getDouble("height_cm") / 100;
    double kilograms = row.getDouble("weight_kg");
    boolean inRange = metres >= 1 && metres <= 2.2 && kilograms >= 30 && kilograms <= 250;
    return !inRange || kilograms / (metres * metres) <= 40;
  }
}
