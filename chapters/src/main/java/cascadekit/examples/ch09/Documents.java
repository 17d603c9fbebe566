package cascadekit.examples.ch09;

import cascadekit.data.Datasets;
import cascadekit.document.Croissant;
import cascadekit.document.CroissantCard;
import cascadekit.document.DatasetLock;
import cascadekit.document.Datasheet;
import cascadekit.document.DatasheetAnswers;
import cascadekit.document.DatasheetSources;
import cascadekit.document.DatasheetSources.FileColumn;
import cascadekit.document.LineageDataset;
import cascadekit.document.LineageLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four documents of a run: the cleaned dataset's lock file and datasheet (the person's answers
 * of {@code clinic-visits}, the figures of the cleaned file and its audit log), its Croissant file,
 * and the lineage as an HTML page. Writing them is a logged step too.
 *
 * @param lock the lock file
 * @param datasheet the datasheet written
 * @param croissant the Croissant file
 * @param page the lineage page
 */
record Documents(Path lock, Datasheet datasheet, Path croissant, Path page) {
  private static final String CLEAN_FILE = "visits_clean.csv";

  /** Writes the documents of {@code run}. */
  static Documents of(DocumentedRun run) {
    Path folder = run.out().resolve(DocumentedRun.CLEANED);
    List<LineageDataset> inputs = List.of(DocumentedRun.file(folder.resolve(CLEAN_FILE)),
        DocumentedRun.file(folder.resolve("audit.csv")));
    Datasheet[] sheet = new Datasheet[1];
    Path croissant = run.out().resolve("croissant.json");
    run.lineage().run("document-visits", inputs, () -> {
      DatasetLock lock = DatasetLock.of(folder);
      lock.writeTo(folder);
      sheet[0] = Datasheet.of(folder, answers(), Optional.of(run.cleaning().log()));
      sheet[0].writeTo(folder);
      write(croissant, Croissant.json(card(), lock, CLEAN_FILE, run.cleaning().table()));
      return List.of(DocumentedRun.file(folder.resolve(DatasetLock.FILE_NAME)),
          DocumentedRun.file(folder.resolve(Datasheet.FILE_NAME)), DocumentedRun.file(croissant));
    });
    Path page = run.out().resolve("lineage.html");
    LineagePage.write(page, folder, sheet[0], LineageLog.read(run.out().resolve("lineage.jsonl")));
    return new Documents(folder.resolve(DatasetLock.FILE_NAME), sheet[0], croissant, page);
  }

  /** Returns the shipped dataset's answers, about the cleaned file. */
  private static DatasheetAnswers answers() {
    DatasheetAnswers shipped = DatasheetAnswers.read(Datasets.path("clinic-visits/" + DatasheetAnswers.FILE_NAME));
    return shipped.about("Datasheet: clinic-visits, cleaned by chapter 09's pipeline", new DatasheetSources(
        List.of(CLEAN_FILE), Set.of(""), Optional.empty(), List.of(new FileColumn(CLEAN_FILE, "visit_date")),
        Optional.empty()));
  }

  private static CroissantCard card() {
    return new CroissantCard("clinic-visits-cleaned",
        "Synthetic clinic visits, loaded with quarantine and cleaned by Cascade Kit's chapter 09 pipeline.",
        "https://spdx.org/licenses/CC0-1.0.html", "file:" + DocumentedRun.CLEANED + "/" + Datasheet.FILE_NAME,
        List.of(CroissantCard.Creator.organization("Cascade Kit")), DocumentedRun.CLOCK.instant()
            .atZone(DocumentedRun.CLOCK.getZone()).toLocalDate());
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
