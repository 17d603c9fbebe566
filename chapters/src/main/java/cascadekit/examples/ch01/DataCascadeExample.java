package cascadekit.examples.ch01;

import cascadekit.load.LoadResult;
import cascadekit.data.Penguin;
import cascadekit.data.Penguins;
import cascadekit.model.Accuracy;
import cascadekit.model.NearestCentroid;
import cascadekit.model.Split;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Chapter 01's example: one data cascade, end to end.
 *
 * <p>A nearest-centroid model learns penguin species from four body measurements. Trained on
 * clean data it scores well on a held-out set. Then the training rows from Biscoe island carry
 * a replacement scale that logs kilograms in the grams column; nothing fails, the model trains
 * as before, and the same clean held-out set shows what the defect cost. Run it with {@code ./kit run 01}.
 */
public final class DataCascadeExample {
  static final long SEED = 42;
  static final double TEST_FRACTION = 0.3;
  static final String SWITCH_ISLAND = "Biscoe";

  private DataCascadeExample() {}

  /** Runs the example and prints what it measured. */
  public static void main(String[] args) {
    LoadResult<Penguin> penguins = Penguins.read();
    System.out.println("Chapter 01: a data cascade, end to end");
    System.out.println();
    System.out.println("Data:  datasets/" + Penguins.FILE + ": " + penguins.reconciliation());
    penguins.quarantined().forEach(row -> System.out.println("       quarantined " + row));
    CascadeRun run = run(penguins.kept());
    System.out.printf(
        "Split: %d rows to train on, %d held out (seed %d)%n%n", run.trainRows(), run.testRows(), SEED);
    System.out.printf(
        Locale.ROOT, "Trained on clean data:      held-out accuracy %.3f%n", run.cleanAccuracy());
    System.out.printf(
        "Defect: the %s team's new scale logs body mass in kilograms (%d of %d training rows)%n",
        SWITCH_ISLAND, run.defectiveRows(), run.trainRows());
    System.out.printf(
        Locale.ROOT, "Trained on defective data:  held-out accuracy %.3f%n%n", run.defectiveAccuracy());
    System.out.println("Per species (share of held-out penguins classified right):");
    run.cleanRecall()
        .forEach(
            (species, clean) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-10s clean %.3f   defective %.3f%n",
                    species,
                    clean,
                    run.defectiveRecall().get(species)));
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Cascade cost: %.1f percentage points. The defect broke %d held-out predictions the clean"
            + " model got right, and fixed %d by luck.%n",
        run.costInPoints(),
        run.brokenPredictions(),
        run.fixedPredictions());
    System.out.println("No step failed and no error was raised: only the accuracy tells.");
  }

  /** Returns the measured run on {@code penguins}: clean, then with the unit switch. */
  public static CascadeRun run(List<Penguin> penguins) {
    Split<Penguin> split = Split.of(penguins, TEST_FRACTION, SEED);
    List<Penguin> defectiveTrain = UnitSwitch.inject(split.train(), SWITCH_ISLAND);
    List<String> actual = species(split.test());
    List<String> clean = train(split.train()).predictAll(measurements(split.test()));
    List<String> defective = train(defectiveTrain).predictAll(measurements(split.test()));
    long broken = changedRows(actual, clean, defective);
    long fixed = changedRows(actual, defective, clean);
    long switched = split.train().stream().filter(p -> UnitSwitch.carriesDefect(p, SWITCH_ISLAND)).count();
    return new CascadeRun(
        split.train().size(),
        split.test().size(),
        switched,
        Accuracy.of(actual, clean),
        Accuracy.of(actual, defective),
        broken,
        fixed,
        Accuracy.perClass(actual, clean),
        Accuracy.perClass(actual, defective));
  }

  /** Returns how many rows {@code before} got right and {@code after} got wrong. */
  private static long changedRows(List<String> actual, List<String> before, List<String> after) {
    return IntStream.range(0, actual.size())
        .filter(i -> before.get(i).equals(actual.get(i)) && !after.get(i).equals(actual.get(i)))
        .count();
  }

  private static NearestCentroid train(List<Penguin> penguins) {
    return NearestCentroid.fit(measurements(penguins), species(penguins));
  }

  private static List<double[]> measurements(List<Penguin> penguins) {
    return penguins.stream().map(Penguin::measurements).toList();
  }

  private static List<String> species(List<Penguin> penguins) {
    return penguins.stream().map(Penguin::species).toList();
  }
}
