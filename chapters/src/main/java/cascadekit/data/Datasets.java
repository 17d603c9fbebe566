package cascadekit.data;

import cascadekit.load.CsvLoader;
import cascadekit.load.LoadResult;
import cascadekit.load.Loaded;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.time.YearMonth;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The kit's dataset catalogue: loads each dataset through the one reader, and finds its files
 * from any working directory.
 *
 * <p>The kit's root is the folder that holds {@code datasets/}. It is taken from the system
 * property {@code cascadekit.root} when set, otherwise found by walking up from where this
 * class was loaded, and last from the working directory.
 *
 * <pre>{@code
 * Loaded visits = Datasets.clinicVisits();   // visits.table(), visits.result().quarantined()
 * LoadResult<SensorReading> july = Datasets.sensorBatch(YearMonth.of(2023, 7));
 * Table julyTable = Datasets.sensorBatchTable(YearMonth.of(2023, 7));   // the same rows, kept
 * ReviewLabels labels = Datasets.reviewLabels();   // labels.annotations(): items x annotators
 * Table reviews = Datasets.reviewsTable();          // item_id, text
 * Table loans = Datasets.loanApplications();      // every row, or an error naming the first lost
 * Path penguins = Datasets.path(Penguins.FILE);
 * }</pre>
 */
public final class Datasets {
  /** The system property that names the kit's root folder. */
  public static final String ROOT_PROPERTY = "cascadekit.root";

  private Datasets() {}

  /** Returns the clinic visits loaded with their schema: a table and the rows quarantined. */
  public static Loaded clinicVisits() {
    return CsvLoader.of(ClinicVisits.schema()).load(path(ClinicVisits.FILE));
  }

  /** Returns the clinic visits before any defect was injected, loaded with the same schema. */
  public static Loaded clinicVisitsClean() {
    return CsvLoader.of(ClinicVisits.schema()).load(path(ClinicVisits.CLEAN_FILE));
  }

  /** Returns the raw Palmer penguins, field and lab columns, loaded with their schema. */
  public static Loaded penguinsRaw() {
    return CsvLoader.of(PenguinsRaw.schema()).load(path(PenguinsRaw.FILE));
  }

  /** Returns the clinic visits' defect manifest: one row per injected defect. */
  public static Loaded clinicVisitsManifest() {
    return CsvLoader.of(ClinicVisits.manifestSchema()).load(path(ClinicVisits.MANIFEST));
  }

  /**
   * Returns {@code file} of {@code encodings}, decoded as {@code charset}, loaded with the cities'
   * schema. A missing or broken file is the loader's {@code LoadException}, as chapter 02 shows.
   */
  public static Loaded encodings(String file, Charset charset) {
    Path encodings = folder().resolve(Encodings.FOLDER);
    return CsvLoader.of(Encodings.schema()).charset(charset).load(encodings.resolve(file));
  }

  /** Returns the review labels: reviews, five annotators' labels, the true and gold labels. */
  public static ReviewLabels reviewLabels() {
    return ReviewLabels.read(path(ReviewLabels.FOLDER + "/reviews.csv").getParent());
  }

  /** Returns the reviews of {@link #reviewLabels()} as a Tablesaw table: item_id and text. */
  public static Table reviewsTable() {
    return reviewLabels().reviewsTable();
  }

  /** Returns the sensor readings of the training window, the reference every batch meets. */
  public static LoadResult<SensorReading> sensorTraining() {
    return SensorBatches.read(path(SensorBatches.TRAINING));
  }

  /** Returns the sensor readings of {@code month}'s serving batch. */
  public static LoadResult<SensorReading> sensorBatch(YearMonth month) {
    return SensorBatches.read(path(SensorBatches.file(month)));
  }

  /** Returns the training window's kept readings as a table (see {@link SensorTable}). */
  public static Table sensorTrainingTable() {
    return SensorTable.of("training", sensorTraining().kept());
  }

  /** Returns {@code month}'s kept readings as a table (see {@link SensorTable}). */
  public static Table sensorBatchTable(YearMonth month) {
    return SensorTable.of(month.toString(), sensorBatch(month).kept());
  }

  /** Returns the sensor batches' manifest: one row per injected defect, by month and column. */
  public static Loaded sensorManifest() {
    return CsvLoader.of(SensorBatches.manifestSchema()).load(path(SensorBatches.MANIFEST));
  }

  /**
   * Returns the loan applications as a table, every row kept; a row the schema quarantines is an
   * {@link IllegalStateException} naming its line and reason, since the file has no defect of form.
   */
  public static Table loanApplications() {
    Loaded loans = CsvLoader.of(LoanApplications.schema()).load(path(LoanApplications.FILE));
    loans.result().quarantined().stream().findFirst().ifPresent(row -> {
      throw new IllegalStateException("datasets/" + LoanApplications.FILE + " line " + row.line()
          + ", column " + row.column() + ": " + row.reason() + " (" + loans.result().reconciliation() + ")");
    });
    return loans.table();
  }

  /** Returns review-labels' defect manifest: one row per wrong annotation, {@code row_id} its annotation id. */
  public static Loaded reviewLabelsManifest() {
    return CsvLoader.of(ClinicVisits.manifestSchema()).load(path(ReviewLabels.FOLDER + "/manifest.csv"));
  }

  /** Returns the loan applications' manifest: repeats, duplicates and the leaky column. */
  public static Loaded loanApplicationsManifest() {
    return CsvLoader.of(LoanApplications.manifestSchema()).load(path(LoanApplications.MANIFEST));
  }

  /** Returns the path of a dataset file, given relative to {@code datasets/}. */
  public static Path path(String relative) {
    Path file = folder().resolve(relative).normalize();
    if (!file.startsWith(folder())) {
      throw new IllegalArgumentException("dataset path leaves datasets/: " + relative);
    }
    if (!Files.isRegularFile(file)) {
      throw new DatasetNotFoundException(
          "no dataset file datasets/" + relative + " (looked for " + file + ")");
    }
    return file;
  }

  /** Returns the kit's {@code datasets/} folder. */
  public static Path folder() {
    return root().resolve("datasets");
  }

  /** Returns the kit's root folder: the one that holds {@code datasets/}. */
  public static Path root() {
    String property = System.getProperty(ROOT_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    return upFrom(codeLocation())
        .or(() -> upFrom(Paths.get("").toAbsolutePath()))
        .orElseThrow(
            () ->
                new DatasetNotFoundException(
                    "cannot find the kit's datasets/ folder; run from inside the kit or set -D"
                        + ROOT_PROPERTY
                        + "=/path/to/cascade-kit"));
  }

  private static Optional<Path> upFrom(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("datasets")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return Optional.of(dir.normalize());
      }
    }
    return Optional.empty();
  }

  private static Path codeLocation() {
    try {
      CodeSource source = Datasets.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Paths.get(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | SecurityException e) {
      return null;
    }
  }
}
