package cascadekit.examples.ch10;

import cascadekit.check.ConstraintResult;
import cascadekit.clean.AuditEntry;
import cascadekit.data.CropSurvey;
import cascadekit.load.Loaded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a run against the manifests: for each defect kind, what the stage that hunts it flagged,
 * as keys {@code visit/column} (a whole visit {@code visit/}), with precision and recall.
 */
final class ManifestScores {
  private static final Map<String, String> MISSING_CODES = Map.of("missing_empty", "", "missing_na", "NA",
      "missing_not_applicable", "n/a", "missing_sentinel", "-99");

  private ManifestScores() {}

  /** Returns one score per kind of the manifests, in their order. */
  static List<KindScore> of(CapstoneRun run, Manifest manifest, RawCells raw) {
    List<Loaded> loaded = new ArrayList<>(run.training().loading().files());
    loaded.addAll(run.seasonTwo().files());
    List<String> files = CropSurvey.VISIT_FILES;
    List<AuditEntry> audit = new ArrayList<>(run.training().cleaning().log().entries());
    audit.addAll(run.cleanedTwo().log().entries());
    List<KindScore> scores = new ArrayList<>();
    for (String kind : manifest.kinds()) {
      Set<String> flagged = switch (kind) {
        case "missing_empty", "missing_na", "missing_not_applicable", "missing_sentinel" ->
            LoadFindings.missing(List.of(run.training().loading().table(), run.seasonTwo().table()), raw, MISSING_CODES.get(kind));
        case "unit_acre" -> cells(audit, "area-acres", "area");
        case "unit_bag" -> cells(audit, "yield-bags", "yield");
        case "impossible_negative_area" -> LoadFindings.quarantined(loaded, files, raw, Set.of("area"));
        case "impossible_yield" -> LoadFindings.quarantined(loaded, files, raw, Set.of("yield"));
        case "gps_outside_region" -> LoadFindings.quarantined(loaded, files, raw, Set.of("lat", "lon"));
        case "inconsistent_district" -> cells(audit, "district-spellings", "district");
        case "inconsistent_variety" -> cells(audit, "variety-spellings", "seed_variety");
        case "mojibake" -> LoadFindings.repaired(loaded, files, raw);
        case "encoding_windows_1252" -> LoadFindings.accented(loaded.get(files.indexOf(CropSurvey.TOOL_B)).table());
        case "date_format" -> LoadFindings.dates(loaded.get(files.indexOf(CropSurvey.TOOL_B)).table(), manifest);
        case "exact_duplicate" -> rows(audit, "exact-duplicates");
        case "near_duplicate" -> rows(audit, "near-duplicates");
        case "repeated_plot" -> ManifestLabels.revisitsKeptTogether(run.training());
        case "stale_device" -> stale(run.gateTwo());
        case "target_leak" -> run.stages().leakCheck().dropped().stream().map(c -> Manifest.key("", c)).collect(Collectors.toSet());
        case "semicolon_delimiter" -> LoadFindings.semicolons(files);
        case "feature_drift" -> run.monitor().drifted().stream().map(c -> Manifest.key("season2/tool-a.csv", c)).collect(Collectors.toSet());
        case "volume_drop" -> run.monitor().dropped().stream().map(d -> Manifest.key("season2/tool-a.csv", "district") + "=" + d).collect(Collectors.toSet());
        default -> ManifestLabels.overruled(run.stages().labels());
      };
      Set<String> others = manifest.of(manifest.kinds());
      Set<String> defects = manifest.of(kind);
      String where = manifest.where(kind);
      if (kind.equals("repeated_plot")) {
        defects = defects.stream().filter(k -> !raw.fileOf(k.substring(0, k.indexOf('/'))).equals(CropSurvey.SEASON_2))
            .collect(Collectors.toSet());
        where = "season 1 (the split's data)";
      }
      scores.add(KindScore.of(kind, stage(kind), where, flagged, defects, others));
    }
    scores.sort(java.util.Comparator.comparing((KindScore s) -> STAGES.indexOf(s.stage())));
    return scores;
  }

  /** The stages that hunt defects, in pipeline order. */
  static final List<String> STAGES = List.of("load", "clean", "labels", "validate", "split", "monitor");

  /** Returns the stage that hunts {@code kind}. */
  static String stage(String kind) {
    return switch (kind) {
      case "missing_empty", "missing_na", "missing_not_applicable", "missing_sentinel", "impossible_negative_area",
          "impossible_yield", "gps_outside_region", "mojibake", "encoding_windows_1252", "date_format",
          "semicolon_delimiter" -> "load";
      case "unit_acre", "unit_bag", "inconsistent_district", "inconsistent_variety", "exact_duplicate",
          "near_duplicate" -> "clean";
      case "repeated_plot", "target_leak" -> "split";
      case "stale_device" -> "validate";
      case "feature_drift", "volume_drop" -> "monitor";
      default -> "labels";
    };
  }

  private static Set<String> cells(List<AuditEntry> audit, String rule, String column) {
    return audit.stream().filter(e -> e.rule().equals(rule) && e.column().equals(column))
        .map(e -> Manifest.key(e.rowId(), e.column())).collect(Collectors.toSet());
  }

  private static Set<String> rows(List<AuditEntry> audit, String rule) {
    return audit.stream().filter(e -> e.rule().equals(rule) && e.column().equals(AuditEntry.WHOLE_ROW))
        .map(e -> Manifest.key(e.rowId(), "")).collect(Collectors.toSet());
  }

  /** Returns the cells a stuck tablet clock repeats: the timestamp and the rainfall of each repeating visit. */
  private static Set<String> stale(cascadekit.check.ValidationResult gate) {
    Set<String> keys = new HashSet<>();
    gate.results().stream().filter(r -> SeasonGate.TABLET_MINUTE.equals(r.column())).map(ConstraintResult::failingIds)
        .flatMap(List::stream).forEach(id -> {
          keys.add(Manifest.key(id, "visited_at"));
          keys.add(Manifest.key(id, "rainfall_mm"));
        });
    return keys;
  }

}
