package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A datasheet generated from a tiny dataset whose figures are counted by hand. */
class DatasheetTest {
  @TempDir Path folder;

  @Test
  void should_fill_the_questions_the_data_answers_and_mark_the_others_todo() throws IOException {
    // GIVEN 4 rows, one an exact copy, one height missing (NA), labels a a b; a manifest of 2 defects
    Files.writeString(folder.resolve("d.csv"),
        "id,height,label,day\n1,172,a,2024-01-05\n2,NA,a,2024-03-01\n1,172,a,2024-01-05\n3,1.6,b,2023-12-30\n");
    Files.writeString(folder.resolve("m.csv"), "row_id,column,defect\n2,height,missing_na\n4,height,unit\n");
    Files.writeString(folder.resolve(DatasheetAnswers.FILE_NAME), "---\nprofile: d.csv\nmissing: NA\n"
        + "label: d.csv label\ndates: d.csv day\nmanifest: m.csv\n---\n# Datasheet: tiny\n\n## Motivation\n\n"
        + "### purpose\n\nTo count by hand.\n\n## Composition\n\n### missing\n\nNA means not measured.\n");
    DatasetLock lock = DatasetLock.of(folder);
    lock.writeTo(folder);
    AuditLog log = new AuditLog(List.of(new AuditEntry("4", "height", 1.6, 160.0, "height-metres"),
        new AuditEntry("3", "", null, null, "exact-duplicates"), new AuditEntry("2", "height", null, 172.0, "impute")));
    // WHEN
    Datasheet sheet = Datasheet.of(folder, Optional.of(log));
    String md = sheet.markdown();
    // THEN
    assertThat(sheet.allFigures()).as("figures, in question order").extracting(Figure::line).containsExactly(
        "- d.csv rows: 4",
        "- d.csv columns: id (number, 1 to 3), height (number, 1.6 to 172), label (text), day (date)",
        "- d.csv label: a 3, b 1",
        "- d.csv missing cells: height 1",
        "- d.csv exact duplicate records: 1",
        "- m.csv defects: missing_na 1, unit 1",
        "- d.csv day: 2023-12-30 to 2024-03-01",
        "- cleaning step height-metres: 1 changes",
        "- cleaning step exact-duplicates: 1 changes",
        "- cleaning step impute: 1 changes",
        "- d.csv sha256: " + ContentHash.ofFile(folder.resolve("d.csv")),
        "- m.csv sha256: " + ContentHash.ofFile(folder.resolve("m.csv")),
        "- dataset version (dataset.lock): " + lock.version());
    assertThat(md).as("a person's answer").contains("To count by hand.")
        .as("a note after the figures").contains("- d.csv missing cells: height 1\n\nNA means not measured.")
        .as("an unanswered person question").contains(Datasheet.TODO + " funding in datasheet-answers.md");
    assertThat(md.lines().filter(l -> l.startsWith("## ")).toList()).as("sections")
        .containsExactly("## Motivation", "## Composition", "## Collection process",
            "## Preprocessing/cleaning/labeling", "## Uses", "## Distribution", "## Maintenance");
    assertThat(md.lines().filter(l -> l.startsWith("**")).count()).as("questions").isEqualTo(DatasheetQuestions.IN_THE_PAPER);
  }

  @Test
  void should_name_the_figure_that_no_longer_matches_the_data() throws IOException {
    // GIVEN a datasheet written, then a row added to the data
    Files.writeString(folder.resolve("d.csv"), "id\n1\n2\n");
    Files.writeString(folder.resolve(DatasheetAnswers.FILE_NAME), "---\nprofile: d.csv\n---\n# Datasheet: t\n");
    DatasetLock.of(folder).writeTo(folder);
    String written = Datasheet.of(folder, Optional.empty()).markdown();
    Files.writeString(folder.resolve("d.csv"), "id\n1\n2\n3\n");
    DatasetLock.of(folder).writeTo(folder);
    // WHEN
    List<String> stale = Datasheet.of(folder, Optional.empty()).staleFigures(written);
    // THEN
    assertThat(stale).as("stale figures").contains(
        "figure 'd.csv rows' is 3 in the data, but the datasheet says '- d.csv rows: 2'");
  }
}
