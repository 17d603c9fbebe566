package cascadekit.examples.ch10;

import cascadekit.data.Datasets;
import cascadekit.document.DatasetLock;
import cascadekit.document.Datasheet;
import cascadekit.document.LockDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The document stage: the dataset's files checked against its lock (the run used the version the
 * datasheet describes) and the datasheet's figures recomputed from the data, the stale ones listed.
 *
 * @param version the dataset version of the lock
 * @param lock what differs between the lock and the files
 * @param figures how many figures the datasheet states
 * @param stale the figures the data no longer gives
 */
record Documentation(String version, LockDiff lock, int figures, List<String> stale) {
  static final String FOLDER = "crop-survey";

  /** Returns the checks of the shipped dataset's lock and datasheet. */
  static Documentation check() {
    Path folder = Datasets.folder().resolve(FOLDER);
    Datasheet sheet = Datasheet.of(folder, Optional.empty());
    try {
      String written = Files.readString(folder.resolve(Datasheet.FILE_NAME));
      return new Documentation(DatasetLock.read(folder).version(), DatasetLock.check(folder), sheet.allFigures().size(),
          sheet.staleFigures(written));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the datasheet of " + folder, e);
    }
  }
}
