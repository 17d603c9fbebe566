package cascadekit.data.synth;

import java.io.IOException;
import java.nio.file.Path;

/** One synthetic dataset: writes its files into a folder of its own under {@code datasets/}. */
public interface DatasetGenerator {
  /** Returns the dataset's folder name under {@code datasets/}, e.g. {@code clinic-visits}. */
  String name();

  /** Writes the dataset's files into {@code folder}, all drawn from {@code new Random(seed)}. */
  void write(Path folder, long seed) throws IOException;
}
