package cascadekit.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which files of a dataset its datasheet's figures are computed from, as the answers file's front
 * matter names them, one {@code key: value} a line:
 *
 * <pre>
 * profile: visits.csv, visits_clean.csv     (required: the CSV files to profile)
 * missing: NA, -999                         (cells read as missing besides the empty one)
 * label: visits_clean.csv sex               (the label or target column)
 * dates: visits_clean.csv visit_date        (a date column; the key may repeat)
 * manifest: manifest.csv                    (a defect manifest with a defect column)
 * </pre>
 *
 * @param profile the CSV files to profile, relative to the dataset's folder
 * @param missing the cell values read as missing, the empty cell included
 * @param label the label column, if the dataset has one
 * @param dates the columns whose range is the collection timeframe
 * @param manifest the defect manifest, if there is one
 */
public record DatasheetSources(
    List<String> profile, Set<String> missing, Optional<FileColumn> label, List<FileColumn> dates,
    Optional<String> manifest) {
  /**
   * A column of one file.
   *
   * @param file the file, relative to the dataset's folder
   * @param column the column's name
   */
  public record FileColumn(String file, String column) {}

  /** Keeps unmodifiable copies. */
  public DatasheetSources {
    profile = List.copyOf(profile);
    missing = Set.copyOf(missing);
    dates = List.copyOf(dates);
  }

  /** Returns the sources of {@code lines}, the front matter that starts at line {@code first} of {@code file}. */
  static DatasheetSources parse(Path file, int first, List<String> lines) {
    List<String> profile = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>(List.of(""));
    Optional<FileColumn> label = Optional.empty();
    List<FileColumn> dates = new ArrayList<>();
    Optional<String> manifest = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      int line = first + i;
      String text = lines.get(i);
      int colon = text.indexOf(':');
      if (colon < 0) {
        throw new FileFormatException(file, line, "front matter", "expected 'key: value', got '" + text + "'");
      }
      String key = text.substring(0, colon).strip();
      String value = text.substring(colon + 1).strip();
      switch (key) {
        case "profile" -> profile.addAll(list(value));
        case "missing" -> missing.addAll(list(value));
        case "label" -> label = Optional.of(fileColumn(file, line, key, value));
        case "dates" -> dates.add(fileColumn(file, line, key, value));
        case "manifest" -> manifest = Optional.of(value);
        default -> throw new FileFormatException(file, line, key,
            "unknown key; expected profile, missing, label, dates or manifest");
      }
    }
    if (profile.isEmpty()) {
      throw new FileFormatException(file, first, "profile", "the front matter names no file to profile");
    }
    return new DatasheetSources(profile, missing, label, dates, manifest);
  }

  private static List<String> list(String value) {
    return List.of(value.split("\\s*,\\s*"));
  }

  private static FileColumn fileColumn(Path file, int line, String key, String value) {
    String[] parts = value.split("\\s+");
    if (parts.length != 2) {
      throw new FileFormatException(file, line, key, "expected '<file> <column>', got '" + value + "'");
    }
    return new FileColumn(parts[0], parts[1]);
  }
}
