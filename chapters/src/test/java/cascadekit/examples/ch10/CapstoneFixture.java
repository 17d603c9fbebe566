package cascadekit.examples.ch10;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One run of the capstone, its scores and costs, shared by the tests of this package (it takes seconds). */
final class CapstoneFixture {
  static final CapstoneFixture INSTANCE = new CapstoneFixture();

  final Path folder;
  final CapstoneRun run;
  final RawCells raw;
  final Manifest manifest;
  final List<KindScore> scores;
  final CascadeCosts costs;

  private CapstoneFixture() {
    try {
      folder = Files.createTempDirectory("cascadekit-capstone-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run = CapstoneRun.of(folder.resolve(CapstoneExample.LINEAGE));
    raw = RawCells.read();
    manifest = Manifest.read(raw);
    scores = ManifestScores.of(run, manifest, raw);
    costs = CascadeCosts.of(run.training(), run.stages());
  }

  /** Returns the score of {@code kind}. */
  KindScore score(String kind) {
    return scores.stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
  }
}
