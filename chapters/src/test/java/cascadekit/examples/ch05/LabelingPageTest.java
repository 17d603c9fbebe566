package cascadekit.examples.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.data.Datasets;
import cascadekit.data.ReviewLabels;
import cascadekit.report.ReportPage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelingPageTest {
  private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
  /** The manifest's wrong labels per kind. */
  private static final Map<String, Long> KINDS = new TreeMap<>();
  /** The manifest's wrong labels per annotator and kind, e.g. "a4 label_swap". */
  private static final Map<String, Long> BY_ANNOTATOR = new TreeMap<>();
  private static final Map<String, Long> LABELS = new TreeMap<>();
  private static ReportPage page;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    Map<String, String> annotatorOf = new HashMap<>();
    for (CSVRecord r : records(ReviewLabels.FOLDER + "/annotations.csv")) {
      annotatorOf.put(r.get("annotation_id"), r.get("annotator_id"));
      LABELS.merge(r.get("annotator_id"), 1L, Long::sum);
    }
    for (CSVRecord r : records(ReviewLabels.FOLDER + "/manifest.csv")) {
      KINDS.merge(r.get("defect"), 1L, Long::sum);
      BY_ANNOTATOR.merge(annotatorOf.get(r.get("row_id")) + " " + r.get("defect"), 1L, Long::sum);
    }
    LabelQualityRun run = LabelQualityRun.of(Datasets.reviewLabels());
    page = ReportPage.of(Files.readString(LabelingPage.write(run, dir.resolve(LabelingPage.FILE))));
  }

  @Test
  void should_list_every_kind_of_wrong_label_the_manifest_lists_with_its_count() {
    for (Map.Entry<String, Long> kind : KINDS.entrySet()) {
      // THEN
      assertThat(page.verdictItems()).as("the verdict's finding on %s, the manifest's %d labels", kind.getKey(), kind.getValue())
          .anyMatch(i -> i.contains(" " + kind.getKey() + ": ") && i.contains(" of the manifest's " + kind.getValue() + " found"));
    }
    Set<String> scored = new TreeSet<>();
    page.table(LabelingPage.DETECTION).stream().skip(1).forEach(row -> scored.add(row.get(0) + " " + row.get(1)));
    Set<String> expected = new TreeSet<>();
    KINDS.forEach((kind, n) -> expected.add(kind + " " + n));
    assertThat(scored).as("the detection table: every kind the manifest lists, none it cannot look for").isEqualTo(expected);
  }

  @Test
  void should_name_the_swapper_the_spammer_and_every_annotator_whose_labels_are_often_wrong() {
    // GIVEN the manifest's share of wrong labels per annotator, and who swaps
    Set<String> often = new TreeSet<>();
    Map<String, Long> wrong = new TreeMap<>();
    BY_ANNOTATOR.forEach((key, n) -> wrong.merge(key.split(" ")[0], n, Long::sum));
    wrong.forEach((annotator, n) -> {
      if (n > 0.2 * LABELS.get(annotator)) {
        often.add(annotator);
      }
    });
    String swapper = BY_ANNOTATOR.keySet().stream().filter(k -> k.endsWith(" label_swap")).findFirst().orElseThrow().split(" ")[0];
    String spammer = wrong.entrySet().stream().filter(e -> e.getValue() > 0.5 * LABELS.get(e.getKey())).findFirst()
        .orElseThrow().getKey();
    // WHEN
    Set<String> named = new TreeSet<>();
    page.verdictItems().stream().filter(i -> i.matches("^\\S+ \\S+ a\\d: .*")).forEach(i -> named.add(i.split(" ")[2].replace(":", "")));
    // THEN
    assertThat(named).as("annotators in the verdict; the manifest's wrong labels per annotator: %s of %s", wrong, LABELS)
        .isEqualTo(often);
    assertThat(page.verdictItems()).as("the swapper and the spammer are errors")
        .anyMatch(i -> i.startsWith("✗ ERROR " + swapper + ": swaps classes: neutral read as negative"))
        .anyMatch(i -> i.startsWith("✗ ERROR " + spammer + ": spammer"));
  }

  @Test
  void should_count_every_gold_review_once_per_confusion_table_and_mark_the_diagonal_in_words() {
    // WHEN
    String html = page.html();
    List<String> tables = List.of(html.substring(html.indexOf("gold \\ majority vote")).split("</table>", 3));
    // THEN
    for (String table : tables.subList(0, 2)) {
      long total = 0;
      int diagonal = 0;
      for (String cell : table.replaceAll("<[^>]+>", "\t").split("\t+")) {
        if (cell.matches("✓ \\d+ right")) {
          diagonal++;
          total += Long.parseLong(cell.replaceAll("\\D", ""));
        } else if (cell.matches("\\d+")) {
          total += Long.parseLong(cell);
        }
      }
      assertThat(total).as("gold reviews counted in %s", table.substring(0, 40)).isEqualTo(200);
      assertThat(diagonal).as("diagonal cells that say they are right").isEqualTo(3);
    }
    page.assertReadable();
  }

  private static List<CSVRecord> records(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(Datasets.path(file), StandardCharsets.UTF_8)) {
      return HEADED.parse(in).getRecords();
    }
  }
}
