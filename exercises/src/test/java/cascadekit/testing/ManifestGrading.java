package cascadekit.testing;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Grades a capstone stage against the crop survey's answer key: the defect manifest (which cell
 * of which visit carries which injected defect, and its clean value) and the truth (every real
 * visit, clean). Read with Commons CSV, never with the kit's loader, so a grade does not depend on
 * the code it grades. Scores are thresholds, and a failure names the rows behind the score.
 */
public final class ManifestGrading {
  /** How many rows a failure message lists. */
  public static final int SHOWN = 10;

  private static List<Defect> manifest;
  private static Map<String, Map<String, String>> truth;

  private ManifestGrading() {}

  /**
   * One injected defect.
   *
   * @param rowId the visit id ({@code visit_id}), or a file or column for a whole-file defect
   * @param column the column of the defective cell, empty for a whole row
   * @param kind the defect kind, e.g. {@code unit_acre}
   * @param cleanValue the value before injection (for a duplicate, the original's visit id)
   */
  public record Defect(String rowId, String column, String kind, String cleanValue) {}

  /** Returns the manifest's defects of {@code kinds}, in file order. */
  public static synchronized List<Defect> manifest(String... kinds) {
    if (manifest == null) {
      List<Defect> all = new ArrayList<>();
      read(CropSurvey.MANIFEST, ',', StandardCharsets.UTF_8,
          r -> all.add(new Defect(r.get("row_id"), r.get("column"), r.get("defect"), r.get("clean_value"))));
      manifest = List.copyOf(all);
    }
    Set<String> wanted = Set.of(kinds);
    return manifest.stream().filter(d -> wanted.contains(d.kind())).toList();
  }

  /** Returns the visit ids of the manifest's defects of {@code kinds}. */
  public static Set<String> ids(String... kinds) {
    return manifest(kinds).stream().map(Defect::rowId).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Returns every real visit, clean, by visit id: column name to value as written in truth.csv. */
  public static synchronized Map<String, Map<String, String>> truth() {
    if (truth == null) {
      Map<String, Map<String, String>> all = new LinkedHashMap<>();
      read(CropSurvey.TRUTH, ',', StandardCharsets.UTF_8, r -> all.put(r.get("visit_id"), r.toMap()));
      truth = all;
    }
    return truth;
  }

  /** Returns the visit ids of a visit file ({@code CropSurvey.TOOL_B} etc.), in file order. */
  public static List<String> rawIds(String file) {
    List<String> ids = new ArrayList<>();
    boolean toolB = file.equals(CropSurvey.TOOL_B);
    read(file, toolB ? ';' : ',', toolB ? CropSurvey.toolB().charset() : StandardCharsets.UTF_8,
        r -> ids.add(r.get("visit_id")));
    return ids;
  }

  /** Reads a dataset file with a header, one record at a time. */
  static void read(String file, char delimiter, Charset charset, Consumer<CSVRecord> each) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .get();
    try (Reader reader = Files.newBufferedReader(Datasets.path(file), charset)) {
      format.parse(reader).forEach(each);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read datasets/" + file, e);
    }
  }

  /**
   * How a set of flagged ids compares with the expected ones.
   *
   * @param flagged what the learner's stage flagged
   * @param expected what the manifest says it should flag
   */
  public record Detection(Set<String> flagged, Set<String> expected) {
    /** Returns the share of flagged ids that are expected; 0 when nothing was flagged. */
    public double precision() {
      return flagged.isEmpty() ? 0 : (double) hits() / flagged.size();
    }

    /** Returns the share of expected ids that were flagged. */
    public double recall() {
      return expected.isEmpty() ? 1 : (double) hits() / expected.size();
    }

    /** Returns the expected ids not flagged, sorted. */
    public Set<String> missed() {
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(flagged);
      return missed;
    }

    /** Returns the flagged ids that were not expected, sorted. */
    public Set<String> wronglyFlagged() {
      Set<String> wrong = new TreeSet<>(flagged);
      wrong.removeAll(expected);
      return wrong;
    }

    private long hits() {
      return flagged.stream().filter(expected::contains).count();
    }

    /** Returns the score in one paragraph: precision, recall and the rows behind them. */
    public String report(String what) {
      return String.format(java.util.Locale.ROOT,
          "%s: precision %.3f (%d of %d flagged are right), recall %.3f (%d of %d found)%n"
              + "  missed (first %d): %s%n  wrongly flagged (first %d): %s",
          what, precision(), hits(), flagged.size(), recall(), hits(), expected.size(),
          SHOWN, first(missed()), SHOWN, first(wronglyFlagged()));
    }
  }

  /** Returns the first {@link #SHOWN} of {@code items}, and how many more there are. */
  public static String first(java.util.Collection<?> items) {
    String shown = items.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    return items.size() > SHOWN ? shown + " and " + (items.size() - SHOWN) + " more" : shown;
  }

  /** Returns the mean of {@code errors}' absolute values; NaN for none. */
  public static double meanAbsolute(double... errors) {
    return Arrays.stream(errors).map(Math::abs).average().orElse(Double.NaN);
  }
}
