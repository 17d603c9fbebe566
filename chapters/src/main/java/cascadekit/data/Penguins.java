package cascadekit.data;

import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.load.LoadResult;
import cascadekit.load.QuarantinedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the Palmer penguins, quarantining ragged rows and rows whose measurements are missing or
 * not numbers.
 *
 * <pre>{@code
 * LoadResult<Penguin> penguins = Penguins.read(Datasets.path(Penguins.FILE));
 * }</pre>
 */
public final class Penguins {
  /** The dataset file, relative to {@code datasets/}. */
  public static final String FILE = "penguins/penguins.csv";

  private static final String[] MEASUREMENTS = {
    "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"
  };

  private Penguins() {}

  /** Returns the kit's copy of the penguins, loaded. */
  public static LoadResult<Penguin> read() {
    return read(Datasets.path(FILE));
  }

  /** Returns the penguins in {@code file}, a UTF-8 CSV file: complete rows kept, the others quarantined. */
  public static LoadResult<Penguin> read(Path file) {
    return read(file, Dialect.csv());
  }

  /** Returns the penguins in {@code file}, read in {@code dialect}: complete rows kept, the others quarantined. */
  public static LoadResult<Penguin> read(Path file, Dialect dialect) {
    List<Penguin> kept = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>();
    long read =
        CsvReader.of(dialect)
            .forEach(
                file,
                row -> {
                  QuarantinedRow problem = firstProblem(row, dialect);
                  if (problem != null) {
                    quarantined.add(problem);
                  } else {
                    kept.add(toPenguin(row));
                  }
                });
    return new LoadResult<>(file.getFileName().toString(), read, kept, quarantined);
  }

  private static QuarantinedRow firstProblem(CsvRow row, Dialect dialect) {
    if (!row.isComplete()) {
      return new QuarantinedRow(row.line(), "", row.raw(dialect.delimiter()), row.raggedReason());
    }
    for (String column : MEASUREMENTS) {
      String value = row.get(column);
      if (value.isBlank() || value.equals("NA")) {
        return new QuarantinedRow(row.line(), column, value, "missing measurement");
      }
      if (!value.matches("-?\\d+(\\.\\d+)?")) {
        return new QuarantinedRow(row.line(), column, value, "not a measurement in millimetres or grams");
      }
    }
    if (!row.get("year").matches("\\d{4}")) {
      return new QuarantinedRow(row.line(), "year", row.get("year"), "not a year");
    }
    return null;
  }

  private static Penguin toPenguin(CsvRow row) {
    return new Penguin(
        row.line(),
        row.get("species"),
        row.get("island"),
        Double.parseDouble(row.get("bill_length_mm")),
        Double.parseDouble(row.get("bill_depth_mm")),
        Double.parseDouble(row.get("flipper_length_mm")),
        Double.parseDouble(row.get("body_mass_g")),
        row.get("sex"),
        Integer.parseInt(row.get("year")));
  }
}
