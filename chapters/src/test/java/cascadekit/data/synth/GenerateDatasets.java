package cascadekit.data.synth;

import cascadekit.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Writes every synthetic dataset, byte for byte the same on every run with the same seed.
 *
 * <pre>{@code
 * ./mvnw -q -pl chapters test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cascadekit.data.synth.GenerateDatasets
 * }</pre>
 *
 * <p>Arguments, both optional: the {@code datasets/} folder to write into (default: the kit's own)
 * and the seed (default {@link #SEED}).
 */
public final class GenerateDatasets {
  /** The seed the committed datasets were made with. */
  public static final long SEED = 20210508L;

  /** The generators, one per synthetic dataset. */
  public static final List<DatasetGenerator> GENERATORS =
      List.of(
          new ClinicVisitsGenerator(),
          new ReviewLabelsGenerator(),
          new SensorBatchesGenerator(),
          new LoanApplicationsGenerator(),
          new CropSurveyGenerator(),
          new EncodingsGenerator());

  private GenerateDatasets() {}

  /** Writes every dataset into {@code datasets/NAME/} for each generator's name. */
  public static void writeAll(Path datasets, long seed) throws IOException {
    for (DatasetGenerator generator : GENERATORS) {
      Path folder = datasets.resolve(generator.name());
      Files.createDirectories(folder);
      generator.write(folder, seed);
    }
  }

  /** Writes every dataset into the folder and with the seed given as arguments. */
  public static void main(String[] args) throws IOException {
    Path datasets = args.length > 0 ? Paths.get(args[0]) : Datasets.folder();
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
    writeAll(datasets, seed);
    System.out.println(
        "wrote " + GENERATORS.size() + " datasets into " + datasets + " (seed " + seed + ")");
  }
}
