package cascadekit.examples.ch09;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.document.ContentHash;
import cascadekit.document.LineageDataset;
import cascadekit.document.LineageLog;
import cascadekit.document.RunIds;
import cascadekit.load.CsvLoader;
import cascadekit.load.Loaded;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Chapters 02-04's pipeline on {@code clinic-visits}, each step logged as OpenLineage run events:
 * load with quarantine, profile, clean with an audit log. Times and run ids are fixed, so the
 * events are the same on every run.
 *
 * @param out the folder the files were written to
 * @param loaded the visits as loaded, with the quarantine
 * @param profiles the loaded table's column profiles
 * @param cleaning the cleaned visits and their audit log
 * @param lineage the log of run events
 */
record DocumentedRun(Path out, Loaded loaded, List<ColumnProfile> profiles, ClinicCleaning cleaning, LineageLog lineage) {
  /** The folder, under {@code out}, of the cleaned dataset. */
  static final String CLEANED = "clinic-visits-cleaned";

  /** The clock of every event: the day the run is described as happening. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-08T09:00:00Z"), ZoneOffset.UTC);

  /** Runs the pipeline, writing into {@code out} and its lineage to {@code out/lineage.jsonl}. */
  static DocumentedRun of(Path out) {
    Path lineageFile = out.resolve("lineage.jsonl");
    delete(lineageFile);
    LineageLog lineage = LineageLog.to(lineageFile, CLOCK, RunIds.seeded(9));
    Path raw = Datasets.path(ClinicVisits.FILE);
    Loaded[] loaded = new Loaded[1];
    List<LineageDataset> loadedFile = lineage.run("load-visits", List.of(file(raw)), () -> {
      loaded[0] = CsvLoader.of(ClinicVisits.schema()).load(raw);
      return List.of(written(loaded[0].table(), out.resolve("visits_loaded.csv")));
    });
    List<ColumnProfile> profiles = new ArrayList<>();
    lineage.run("profile-visits", loadedFile, () -> {
      profiles.addAll(Profiler.profile(loaded[0].table()));
      return List.of();
    });
    ClinicCleaning[] cleaning = new ClinicCleaning[1];
    Path cleaned = out.resolve(CLEANED);
    lineage.run("clean-visits", loadedFile, () -> {
      cleaning[0] = ClinicCleaning.of(loaded[0].table());
      LineageDataset table = written(cleaning[0].table(), cleaned.resolve("visits_clean.csv"));
      cleaning[0].log().write(cleaned.resolve("audit.csv"));
      return List.of(table, file(cleaned.resolve("audit.csv")));
    });
    return new DocumentedRun(out, loaded[0], profiles, cleaning[0], lineage);
  }

  /** Returns {@code file} as lineage names it: its path from the kit's root and the hash of its bytes. */
  static LineageDataset file(Path file) {
    return new LineageDataset(LineageDataset.FILES, name(file), ContentHash.ofFile(file), Optional.empty());
  }

  /** Returns {@code file}'s path from the kit's root, with {@code /} separators. */
  static String name(Path file) {
    return Datasets.root().relativize(file.toAbsolutePath()).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static LineageDataset written(Table table, Path file) {
    try {
      Files.createDirectories(file.getParent());
      table.write().csv(file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return LineageDataset.file(Datasets.root(), file.toAbsolutePath(), table);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
