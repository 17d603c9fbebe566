package cascadekit.load;

import java.util.List;

/**
 * What a loader made of a file: the rows it kept and the rows it quarantined, never fewer
 * than it read.
 *
 * @param file the file that was read
 * @param rowsRead the number of data rows read (header excluded)
 * @param kept the rows that passed, in file order
 * @param quarantined the rows set aside, each with its line and reason
 */
public record LoadResult<T>(String file, long rowsRead, List<T> kept, List<QuarantinedRow> quarantined) {
  /** Checks the reconciliation: rows read = rows kept + rows quarantined. */
  public LoadResult {
    kept = List.copyOf(kept);
    quarantined = List.copyOf(quarantined);
    if (rowsRead != kept.size() + quarantined.size()) {
      throw new IllegalStateException(
          file + ": read " + rowsRead + " rows but kept " + kept.size() + " and quarantined "
              + quarantined.size());
    }
  }

  /** Returns the reconciliation line, e.g. {@code 344 rows read = 342 kept + 2 quarantined}. */
  public String reconciliation() {
    return rowsRead + " rows read = " + kept.size() + " kept + " + quarantined.size() + " quarantined";
  }
}
