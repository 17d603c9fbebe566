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
import tech.tablesaw.api.Table;

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
            missing(List.of(run.training().loading().table(), run.seasonTwo().table()), raw, MISSING_CODES.get(kind));
        case "unit_acre" -> cells(audit, "area-acres", "area");
        case "unit_bag" -> cells(audit, "yield-bags", "yield");
        case "impossible_negative_area" -> quarantined(loaded, files, raw, Set.of("area"));
        case "impossible_yield" -> quarantined(loaded, files, raw, Set.of("yield"));
        case "gps_outside_region" -> quarantined(loaded, files, raw, Set.of("lat", "lon"));
        case "inconsistent_district" -> cells(audit, "district-spellings", "district");
        case "inconsistent_variety" -> cells(audit, "variety-spellings", "seed_variety");
        case "mojibake" -> repaired(loaded, files, raw);
        case "encoding_windows_1252" -> accented(loaded.get(files.indexOf(CropSurvey.TOOL_B)).table());
        case "date_format" -> dates(loaded.get(files.indexOf(CropSurvey.TOOL_B)).table(), manifest);
        case "exact_duplicate" -> rows(audit, "exact-duplicates");
        case "near_duplicate" -> rows(audit, "near-duplicates");
        case "repeated_plot" -> ManifestLabels.revisitsKeptTogether(run.training());
        case "stale_device" -> stale(run.gateTwo());
        case "target_leak" -> run.stages().leakCheck().dropped().stream().map(c -> Manifest.key("", c)).collect(Collectors.toSet());
        case "semicolon_delimiter" -> semicolons(files);
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

  private static Set<String> missing(List<Table> tables, RawCells raw, String code) {
    Set<String> keys = new HashSet<>();
    for (Table table : tables) {
      for (String column : table.columnNames()) {
        for (int row : table.column(column).isMissing()) {
          String id = table.getString(row, "visit_id");
          if (raw.cell(id, column).strip().equals(code)) {
            keys.add(Manifest.key(id, column));
          }
        }
      }
    }
    return keys;
  }

  private static Set<String> cells(List<AuditEntry> audit, String rule, String column) {
    return audit.stream().filter(e -> e.rule().equals(rule) && e.column().equals(column))
        .map(e -> Manifest.key(e.rowId(), e.column())).collect(Collectors.toSet());
  }

  private static Set<String> rows(List<AuditEntry> audit, String rule) {
    return audit.stream().filter(e -> e.rule().equals(rule) && e.column().equals(AuditEntry.WHOLE_ROW))
        .map(e -> Manifest.key(e.rowId(), "")).collect(Collectors.toSet());
  }

  private static Set<String> quarantined(List<Loaded> loaded, List<String> files, RawCells raw, Set<String> columns) {
    Set<String> keys = new HashSet<>();
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      loaded.get(f).result().quarantined().stream().filter(q -> columns.contains(q.column()))
          .forEach(q -> keys.add(Manifest.key(raw.idAt(file, q.line()), q.column())));
    }
    return keys;
  }

  private static Set<String> repaired(List<Loaded> loaded, List<String> files, RawCells raw) {
    Set<String> keys = new HashSet<>();
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      loaded.get(f).repairs().forEach(r -> keys.add(Manifest.key(raw.idAt(file, r.line()), r.column())));
    }
    return keys;
  }

  /** Returns tool B's cells that hold a character beyond ASCII once decoded. */
  private static Set<String> accented(Table toolB) {
    Set<String> keys = new HashSet<>();
    for (String column : toolB.columnNames()) {
      for (int row = 0; row < toolB.rowCount(); row++) {
        if (toolB.getString(row, column).chars().anyMatch(c -> c > 127)) {
          keys.add(Manifest.key(toolB.getString(row, "visit_id"), column));
        }
      }
    }
    return keys;
  }

  /** Returns tool B's timestamps that were read as the time the manifest says. */
  private static Set<String> dates(Table toolB, Manifest manifest) {
    Set<String> keys = new HashSet<>();
    for (int row = 0; row < toolB.rowCount(); row++) {
      String key = Manifest.key(toolB.getString(row, "visit_id"), "visited_at");
      if (toolB.dateTimeColumn("visited_at").get(row).toString().concat(":00").equals(manifest.cleanValue("date_format", key))) {
        keys.add(key);
      }
    }
    return keys;
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

  private static Set<String> semicolons(List<String> files) {
    return files.stream().filter(f -> CropLoading.dialect(f).delimiter() == ';')
        .map(f -> Manifest.key(f.replace("crop-survey/", ""), "")).collect(Collectors.toSet());
  }
}
