package cascadekit.data;

import cascadekit.load.Dialect;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The crop-survey dataset of chapter 10: its files, relative to {@code datasets/}, the dialect of
 * tool B's file and the units. Find a file with {@link Datasets#path(String)}.
 *
 * <pre>{@code
 * Path toolB = Datasets.path(CropSurvey.TOOL_B);   // read it in CropSurvey.toolB()'s dialect
 * }</pre>
 */
public final class CropSurvey {
  /** Season 1 (2024 long rains) from collection tool A: comma, UTF-8, ISO timestamps. */
  public static final String SEASON_1_TOOL_A = "crop-survey/season1/tool-a.csv";

  /** Season 1 from tool B: semicolon, Windows-1252, timestamps as {@link #TOOL_B_TIME}. */
  public static final String TOOL_B = "crop-survey/season1/tool-b.csv";

  /** Season 2 (2024 short rains), every enumerator on tool A. */
  public static final String SEASON_2 = "crop-survey/season2/tool-a.csv";

  /** The three visit files, in collection order. */
  public static final List<String> VISIT_FILES = List.of(SEASON_1_TOOL_A, TOOL_B, SEASON_2);

  /** Every true visit, clean, in hectares and kilograms, with its season, file and true label. */
  public static final String TRUTH = "crop-survey/truth.csv";

  /** Three agronomists' disease labels per true visit: visit_id, agronomist, label. */
  public static final String LABELS = "crop-survey/labels.csv";

  /** The expert panel's labels of some visits: visit_id, label. */
  public static final String GOLD = "crop-survey/gold.csv";

  /** Every defect injected into the visit files. */
  public static final String MANIFEST = "crop-survey/manifest.csv";

  /** Every wrong label of {@link #LABELS}. */
  public static final String LABELS_MANIFEST = "crop-survey/labels-manifest.csv";

  /** Tool B's timestamp pattern, for {@code DateTimeFormatter.ofPattern}. */
  public static final String TOOL_B_TIME = "dd/MM/uuuu HH:mm";

  /** The disease labels; {@code leaf_rust} and {@code blight} look alike on photos. */
  public static final List<String> CLASSES = List.of("healthy", "leaf_rust", "blight", "mosaic");

  /** Acres in one hectare. */
  public static final double ACRES_PER_HA = 2.47105;

  /** Kilograms in one bag of maize grain. */
  public static final double KG_PER_BAG = 90;

  private CropSurvey() {}

  /** Returns tool B's dialect: semicolon-separated, Windows-1252, with a header. */
  public static Dialect toolB() {
    return Dialect.csv().delimiter(';').charset(Charset.forName("windows-1252"));
  }
}
