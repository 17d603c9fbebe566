package cascadekit.examples.ch09;

import cascadekit.clean.AuditEntry;
import cascadekit.document.DatasheetQuestions;
import cascadekit.document.Figure;
import cascadekit.document.LineageGraph;
import cascadekit.document.Provenance;
import cascadekit.report.ReportFolder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chapter 09's example: run chapters 02-04's pipeline on {@code clinic-visits} with lineage, write
 * the cleaned data's lock file, datasheet, Croissant file and lineage page, answer which steps and
 * inputs produced the cleaned file, and measure what receiving it without its datasheet costs.
 * Run it with {@code ./kit run 09}.
 */
public final class DocumentationExample {
  private DocumentationExample() {}

  /** Runs the example and prints what it wrote and found. */
  public static void main(String[] args) {
    Path out = ReportFolder.path().resolve("09-documentation");
    System.out.println("Chapter 09: documenting clinic-visits as it goes through the pipeline");
    System.out.println();
    DocumentedRun run = DocumentedRun.of(out);
    System.out.println("1. Pipeline, each step logged as OpenLineage START and COMPLETE events");
    System.out.println("   load-visits:    " + run.loaded().result().reconciliation());
    System.out.println("   profile-visits: " + run.profiles().size() + " columns profiled");
    Map<String, Long> rules = run.cleaning().log().entries().stream()
        .collect(Collectors.groupingBy(AuditEntry::rule, LinkedHashMap::new, Collectors.counting()));
    System.out.println("   clean-visits:   " + run.cleaning().log().entries().size() + " changes in the audit log, by rule:");
    List<String> counts = rules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    System.out.println("                   " + String.join(", ", counts.subList(0, counts.size() / 2)) + ",");
    System.out.println("                   " + String.join(", ", counts.subList(counts.size() / 2, counts.size())));
    Documents docs = Documents.of(run);
    System.out.println();
    System.out.println("2. Written (under " + ReportFolder.display(out) + "/)");
    for (Path file : new Path[] {docs.lock(), docs.lock().resolveSibling("DATASHEET.md"), docs.croissant(),
        out.resolve("lineage.jsonl"), docs.page()}) {
      System.out.println("   " + out.relativize(file));
    }
    System.out.printf(Locale.ROOT, "   the datasheet: %d figures from the data; %d of its %d questions still marked TODO for a person%n",
        docs.datasheet().allFigures().size(), LineagePage.todos(docs.datasheet()),
        DatasheetQuestions.ALL.size());
    System.out.println();
    printProvenance(run, out);
    printCascade(run, docs);
  }

  private static void printProvenance(DocumentedRun run, Path out) {
    String cleaned = DocumentedRun.name(out.resolve(DocumentedRun.CLEANED).resolve("visits_clean.csv"));
    Provenance provenance = LineageGraph.of(run.lineage().events()).provenance(cleaned);
    System.out.println("3. Which steps and inputs produced " + cleaned + "?");
    System.out.println("   steps:   " + String.join(" -> ", provenance.steps()));
    System.out.println("   inputs:  " + String.join(", ", provenance.inputs()));
    System.out.println("   sources: " + String.join(", ", provenance.sources()));
    System.out.println();
  }

  private static void printCascade(DocumentedRun run, Documents docs) {
    UnitAssumption cost = UnitAssumption.of(run.cleaning().table());
    System.out.println("4. Cascade cost: a second team fills in missing sex from height and weight with the kit's");
    System.out.println("   nearest-centroid model, trained on their records in metres, and scores " + cost.scored()
        + " cleaned visits");
    System.out.printf(Locale.ROOT, "   heights read as centimetres (datasheet read): accuracy %.3f%n", cost.readRight());
    System.out.printf(Locale.ROOT, "   heights assumed to be metres (no datasheet):  accuracy %.3f%n", cost.assumedMetres());
    System.out.printf(Locale.ROOT, "   The assumption costs %.1f points. The datasheet line that says it:%n", cost.costInPoints());
    Figure fields = docs.datasheet().figures().get("fields").get(0);
    String height = fields.value().replaceAll(".*(height_cm \\([^)]*\\)).*", "$1");
    System.out.println("   - " + fields.name() + ": ..., " + height + ", ...");
  }
}
