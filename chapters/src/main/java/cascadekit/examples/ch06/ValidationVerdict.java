package cascadekit.examples.ch06;

import cascadekit.check.ConstraintResult;
import cascadekit.check.Level;
import cascadekit.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The validation report's verdict: what letting the defective batch through costs, then each
 * failed constraint of the delivered file (errors before warnings), linked to its evidence; and
 * the sentence saying which manifest rows the suite could not catch, and why.
 */
final class ValidationVerdict {
  private ValidationVerdict() {}

  /** Returns the findings of {@code run}: the cost first, then one per failed constraint, linked to {@code failures}. */
  static List<Verdict.Item> of(ValidationRun run, String failures, String cost) {
    GateCost gate = run.cost();
    List<Verdict.Item> items = new ArrayList<>();
    items.add(new Verdict.Item(Level.ERROR, "2023 batch", "the suite fails it; let through, it ruins the sex model",
        String.format(Locale.ROOT, "%.1f points of held-out accuracy lost (%.3f stopped, %.3f let through)",
            gate.savedPoints(), gate.stopped(), gate.letThrough()), "", cost));
    for (ConstraintResult failed : run.raw().failures()) {
      Verdict.Item item = Verdict.of(failed, failures);
      items.add(failed.column() != null ? item : new Verdict.Item(item.level(), String.join(", ",
          new TreeSet<>(VisitSuite.judged(failed))), item.what(), item.howBad(), item.rows(), item.anchor()));
    }
    return items;
  }

  /** Returns what the suite cannot catch: rows the loader quarantined and rows it already read as the true value. */
  static String notCaught(ManifestMatch match) {
    int missed = sum(match, k -> k.reached() - k.restored() - k.caught());
    return String.format(Locale.ROOT, "Not caught, of the %d rows the defect manifest lists: %d quarantined by the loader before"
        + " the suite ran (%s) and %d the loader already read as the true value (%s); no check can see a defect that is no"
        + " longer there. %s", sum(match, ManifestMatch.Kind::injected), sum(match, k -> k.injected() - k.reached()),
        kinds(match, k -> k.injected() - k.reached()), sum(match, ManifestMatch.Kind::restored),
        kinds(match, ManifestMatch.Kind::restored), missed == 0
            ? "Every other listed row that reached the suite is flagged by a failed constraint above."
            : "Reached the suite still wrong and flagged by no constraint: " + missed + " rows ("
                + kinds(match, k -> k.reached() - k.restored() - k.caught()) + ").");
  }

  private static String kinds(ManifestMatch match, ToIntFunction<ManifestMatch.Kind> count) {
    return String.join(", ", match.kinds().stream().filter(k -> count.applyAsInt(k) > 0)
        .map(k -> count.applyAsInt(k) + " " + k.defect() + " in " + k.column()).toList());
  }

  private static int sum(ManifestMatch match, ToIntFunction<ManifestMatch.Kind> count) {
    return match.kinds().stream().mapToInt(count).sum();
  }
}
