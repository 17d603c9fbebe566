package cascadekit.examples.ch06;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Prints chapter 06's comparison with the defect manifest. */
final class ManifestPrinter {
  private ManifestPrinter() {}

  /** Prints part 3 of the example: each defect kind, what caught it, and why the rest was not. */
  static void print(ManifestMatch match) {
    System.out.println("3. Against the manifest: rows with each injected defect; reached the suite; of those, already read as the");
    System.out.println("   true value by the loader; caught (flagged by a failed constraint on the defect's column)");
    System.out.printf(Locale.ROOT, "   %-25s %-14s %8s %7s %5s %6s  %s%n", "defect", "column", "injected", "reached", "true",
        "caught", "by");
    for (ManifestMatch.Kind k : match.kinds()) {
      System.out.printf(Locale.ROOT, "   %-25s %-14s %8d %7d %5d %6d  %s%n", k.defect(), k.column(), k.injected(), k.reached(),
          k.restored(), k.caught(), by(k));
    }
    System.out.printf(Locale.ROOT, "   %-25s %-14s %8d %7d %5d %6d%n", "all defects", "", sum(match, ManifestMatch.Kind::injected),
        sum(match, ManifestMatch.Kind::reached), sum(match, ManifestMatch.Kind::restored), sum(match, ManifestMatch.Kind::caught));
    boolean all = match.kinds().stream().allMatch(k -> k.caught() == k.reached() - k.restored());
    System.out.printf(Locale.ROOT, "   %s defect that reached the suite still wrong was caught; flagged rows the manifest does not list: %d,%n"
        + "   of them %d the first entry of a duplicated visit (uniqueness flags every row of a repeated key)%n",
        all ? "Every" : "Not every", match.unlisted().size(), match.originals().size());
    printMissed(match);
  }

  /** Prints the kinds with rows no constraint flagged, and why: quarantined, or read as the true value. */
  private static void printMissed(ManifestMatch match) {
    System.out.println("   Not caught, and why:");
    for (ManifestMatch.Kind k : match.kinds()) {
      List<String> why = new ArrayList<>();
      if (k.injected() > k.reached()) {
        why.add((k.injected() - k.reached()) + " quarantined by the loader");
      }
      if (k.restored() > 0) {
        why.add(k.restored() + " read as the true value by the loader");
      }
      if (k.reached() - k.restored() > k.caught()) {
        why.add((k.reached() - k.restored() - k.caught()) + " still wrong, flagged by no constraint");
      }
      if (!why.isEmpty()) {
        System.out.printf(Locale.ROOT, "     %-25s %-14s %s%n", k.defect(), k.column(), String.join(", ", why));
      }
    }
    System.out.println();
  }

  /** Returns {@code constraint} cut to 44 characters, so a long set of values keeps a table readable. */
  static String shortened(String constraint) {
    return constraint.length() > 44 ? constraint.substring(0, 41) + "..." : constraint;
  }

  /** Returns the constraints that caught a kind; for a kind over several columns, without the column. */
  private static String by(ManifestMatch.Kind kind) {
    if (!kind.column().endsWith(" columns")) {
      return kind.by().stream().map(ManifestPrinter::shortened).collect(Collectors.joining("; "));
    }
    return kind.by().stream().map(c -> "<column>" + c.substring(c.indexOf(' '))).distinct().collect(Collectors.joining("; "));
  }

  private static int sum(ManifestMatch match, ToIntFunction<ManifestMatch.Kind> count) {
    return match.kinds().stream().mapToInt(count).sum();
  }

}
