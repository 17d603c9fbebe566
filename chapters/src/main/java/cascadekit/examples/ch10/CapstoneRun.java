package cascadekit.examples.ch10;

import cascadekit.check.ValidationResult;
import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.document.ContentHash;
import cascadekit.document.LineageDataset;
import cascadekit.document.LineageLog;
import cascadekit.document.RunEvent;
import cascadekit.document.RunIds;
import cascadekit.document.TableFacts;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * The whole pipeline once, each stage timed and logged as OpenLineage run events: season 1 loaded,
 * profiled, cleaned, labelled, validated, split and learned from; season 2 loaded, cleaned,
 * validated and monitored; the dataset's lock and datasheet checked.
 *
 * @param stages the shared stage results
 * @param training season 1 from load to the model's scores
 * @param profiles the loaded season 1's column profiles
 * @param gateOne the validation of the cleaned season 1
 * @param seasonTwo season 2 as loaded
 * @param cleanedTwo season 2 cleaned
 * @param gateTwo the validation of the cleaned season 2
 * @param monitor season 2 against season 1
 * @param documentation the lock and datasheet checks
 * @param lineage the run events, in order
 * @param clock each stage's times
 */
record CapstoneRun(Stages stages, Training training, List<ColumnProfile> profiles, ValidationResult gateOne,
    CropLoading seasonTwo, CropCleaning cleanedTwo, ValidationResult gateTwo, SeasonMonitor monitor,
    Documentation documentation, List<RunEvent> lineage, StageClock clock) {
  /** The time every event says: the day the run is described as happening. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-02T09:00:00Z"), ZoneOffset.UTC);

  /** Returns the run, its lineage written to {@code lineageFile} (replaced). */
  static CapstoneRun of(Path lineageFile) {
    delete(lineageFile);
    LineageLog log = LineageLog.to(lineageFile, CLOCK, RunIds.seeded(10));
    StageClock clock = new StageClock();
    Stages stages = new Stages();
    List<LineageDataset> raw = files(CropSurvey.SEASON_1_TOOL_A, CropSurvey.TOOL_B);
    CropLoading loaded = clock.time("load", () -> stages.load(true, true));
    List<LineageDataset> loadedSet = step(log, "load-season-1", raw, () -> table("season-1-loaded", loaded.table()));
    List<ColumnProfile> profiles = clock.time("profile", () -> Profiler.profile(loaded.table()));
    step(log, "profile-season-1", loadedSet, List::of);
    CropCleaning cleaned = clock.time("clean", stages::cleaned);
    List<LineageDataset> cleanSet = step(log, "clean-season-1", loadedSet, () -> table("season-1-clean", cleaned.table()));
    CropLabels labels = clock.time("labels", stages::labels);
    List<LineageDataset> labelSet = step(log, "aggregate-labels", files(CropSurvey.LABELS, CropSurvey.GOLD),
        () -> List.of(text("labels-aggregated", new java.util.TreeMap<>(labels.labels()).toString())));
    ValidationResult gateOne = clock.time("validate", () -> SeasonGate.validate(cleaned.table()));
    step(log, "validate-season-1", cleanSet, List::of);
    LeakCheck leak = clock.time("split", stages::leakCheck);
    Training training = clock.time("train", () -> Training.run(EnumSet.noneOf(Training.Fix.class), stages));
    List<LineageDataset> splitSet = step(log, "split-by-plot", concat(cleanSet, labelSet),
        () -> List.of(table("train", training.split().train()).get(0), table("test", training.split().test()).get(0)));
    step(log, "train-model", splitSet, List::of);
    CropLoading two = clock.time("load", CropLoading::seasonTwo);
    CropCleaning cleanedTwo = clock.time("clean", () -> CropCleaning.of(two.table()));
    List<LineageDataset> twoSet = step(log, "load-clean-season-2", files(CropSurvey.SEASON_2),
        () -> table("season-2-clean", cleanedTwo.table()));
    ValidationResult gateTwo = clock.time("validate", () -> SeasonGate.validate(cleanedTwo.table()));
    step(log, "validate-season-2", twoSet, List::of);
    SeasonMonitor monitor = clock.time("monitor", () -> SeasonMonitor.of(cleaned.table(), cleanedTwo.table()));
    step(log, "monitor-season-2", concat(cleanSet, twoSet), List::of);
    Documentation documentation = clock.time("document", Documentation::check);
    step(log, "document", files(CropSurvey.TRUTH), List::of);
    return new CapstoneRun(stages, training, profiles, gateOne, two, cleanedTwo, gateTwo, monitor, documentation,
        LineageLog.read(lineageFile), clock);
  }

  private static List<LineageDataset> step(LineageLog log, String job, List<LineageDataset> inputs,
      Supplier<List<LineageDataset>> outputs) {
    return log.run(job, inputs, outputs);
  }

  private static List<LineageDataset> files(String... files) {
    return java.util.Arrays.stream(files).map(f -> new LineageDataset(LineageDataset.FILES, "datasets/" + f,
        ContentHash.ofFile(Datasets.path(f)), Optional.empty())).toList();
  }

  private static List<LineageDataset> table(String name, Table table) {
    byte[] csv = table.write().toString("csv").getBytes(StandardCharsets.UTF_8);
    return List.of(new LineageDataset("memory", name, ContentHash.ofBytes(csv), Optional.of(TableFacts.of(table))));
  }

  private static LineageDataset text(String name, String text) {
    return new LineageDataset("memory", name, ContentHash.ofBytes(text.getBytes(StandardCharsets.UTF_8)), Optional.empty());
  }

  private static List<LineageDataset> concat(List<LineageDataset> a, List<LineageDataset> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void delete(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + file, e);
    }
  }
}
