package cascadekit.examples.ch06;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Suggestion;
import cascadekit.check.SuggestionRule;
import cascadekit.check.Suggestions;
import cascadekit.check.ValidationResult;
import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.report.ReportFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chapter 06's example: a validation suite for {@code clinic-visits}, run on the visits as
 * delivered and on the true visits, its findings held against the defect manifest, and what the
 * gate is worth to a model. Run it with {@code ./kit run 06}.
 */
public final class ValidationExample {
  private ValidationExample() {}

  /** Runs the example and prints what it found. */
  public static void main(String[] args) {
    System.out.println("Chapter 06: validating clinic-visits before it may reach training");
    System.out.println();
    ValidationRun run = ValidationRun.of();
    printReview(run);
    System.out.printf(Locale.ROOT, "2. datasets/%s as delivered: %d rows kept by chapter 02's loader (%d quarantined)%n",
        ClinicVisits.FILE, run.delivered().rowCount(), run.quarantined());
    printFailures(run.raw());
    System.out.printf(Locale.ROOT, "   datasets/%s: %s%n%n", ClinicVisits.CLEAN_FILE, verdict(run.truth()));
    ManifestPrinter.print(run.match());
    printCost(run);
    Path report = ValidationPage.write(run, ReportFolder.path().resolve("06-validation.html"));
    System.out.println();
    System.out.println("Report: " + ReportFolder.display(report) + " (open it in a browser; it needs no network)");
  }

  private static void printReview(ValidationRun run) {
    List<Suggestion> all = run.suggested().all();
    System.out.printf(Locale.ROOT, "1. Suggestions from the profile of the accepted batch (the %d true visits of 2022), by Deequ's rules: %d%n",
        VisitSuite.acceptedBatch(Datasets.clinicVisitsClean().table()).rowCount(), all.size());
    Map<String, List<Suggestion>> groups = new LinkedHashMap<>();
    for (SuggestionReview.Decision decision : SuggestionReview.Decision.values()) {
      for (Suggestion s : all) {
        if (SuggestionReview.decide(s) == decision) {
          String rule = decision == SuggestionReview.Decision.DROP ? "" : s.rule().deequName();
          groups.computeIfAbsent(decision + "|" + rule + "|" + SuggestionReview.reason(s), k -> new ArrayList<>()).add(s);
        }
      }
    }
    groups.forEach((key, suggestions) -> {
      String[] parts = key.split("\\|");
      String rules = suggestions.stream().map(s -> s.rule().deequName()).distinct().collect(Collectors.joining(", "));
      String columns = suggestions.stream().map(Suggestion::column).distinct().collect(Collectors.joining(", "));
      System.out.printf(Locale.ROOT, "   %-4s %s: %s%n", parts[0].toLowerCase(Locale.ROOT), rules, columns);
      if (!parts[0].equals(SuggestionReview.Decision.KEEP.name())) {
        System.out.println("        why: " + parts[2]);
      }
    });
    Suggestions delivered = Suggestions.of(run.delivered());
    System.out.println("   The same rules on visits.csv as delivered bless its defects:");
    for (String column : List.of("sex", "age")) {
      delivered.forColumn(column).all().stream()
          .filter(s -> s.rule() != SuggestionRule.RETAIN_TYPE && s.rule() != SuggestionRule.NON_NEGATIVE_NUMBERS)
          .forEach(s -> System.out.println("     " + s.sentence()));
    }
    long reviewed = SuggestionReview.with(run.suggested(), SuggestionReview.Decision.DROP).all().size();
    int constraints = run.raw().results().size();
    System.out.printf(Locale.ROOT, "   The suite: %d kept or moved suggestions and %d domain rules written by hand: %d constraints,%n"
        + "   %d that fail a batch and %d that warn%n%n", all.size() - reviewed, constraints - (all.size() - reviewed), constraints,
        count(run.raw(), true), count(run.raw(), false));
  }

  private static void printFailures(ValidationResult result) {
    System.out.println("   " + verdict(result));
    System.out.printf(Locale.ROOT, "   %-5s %-44s %7s %9s %5s  %s%n", "level", "constraint", "value", "threshold", "rows",
        "first failing ids");
    for (ConstraintResult r : result.failures()) {
      List<String> ids = r.failingIds().subList(0, Math.min(3, r.failingIds().size()));
      String constraint = ManifestPrinter.shortened(r.constraint());
      System.out.printf(Locale.ROOT, "   %-5s %-44s %7.3f %9s %5d  %s%n", r.level(), constraint, r.value(), r.threshold(),
          r.failingCount(), String.join(", ", ids));
    }
  }

  private static void printCost(ValidationRun run) {
    GateCost cost = run.cost();
    System.out.printf(Locale.ROOT, "4. Cascade cost: the 2023 batch as delivered (%d rows): %s%n", cost.batch().rowCount(),
        verdict(run.batch()));
    System.out.printf(Locale.ROOT, "   sex from height and weight (nearest centroid), scored on %d true visits of held-out patients%n",
        cost.testVisits());
    System.out.printf(Locale.ROOT, "   batch stopped, trained on 2022 only   %.3f%n", cost.stopped());
    System.out.printf(Locale.ROOT, "   batch let through as delivered        %.3f   (%d of %d predictions F or M, the rest other spellings)%n",
        cost.letThrough(), cost.letThroughPlain(), cost.testVisits());
    System.out.printf(Locale.ROOT, "   batch cleaned first                   %.3f%n", cost.cleanedFirst());
    System.out.printf(Locale.ROOT, "   Stopping the batch saves %.1f points of held-out accuracy.%n", cost.savedPoints());
  }

  private static String verdict(ValidationResult result) {
    return (result.passed() ? "PASSED" : "FAILED") + ": " + result.errorCount() + " error and " + result.warningCount()
        + " warning constraints failed";
  }

  private static long count(ValidationResult result, boolean errors) {
    return result.results().stream().filter(r -> (r.level() == cascadekit.check.Level.ERROR) == errors).count();
  }
}
