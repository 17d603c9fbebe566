package cascadekit.examples.ch10;

import cascadekit.data.CropSurvey;
import cascadekit.data.Datasets;
import cascadekit.load.Column;
import cascadekit.load.ColumnType;
import cascadekit.load.CsvLoader;
import cascadekit.load.Row;
import cascadekit.load.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The defects the generator injected, by kind, each as a key {@code row_id/column} (a volume drop
 * adds {@code =value}, the district), with where they are: the files and columns.
 */
final class Manifest {
  private final Map<String, Set<String>> keys = new LinkedHashMap<>();
  private final Map<String, Set<String>> where = new LinkedHashMap<>();
  private final Map<String, String> cleanValues = new java.util.HashMap<>();

  private Manifest() {}

  /** Returns the visit files' manifest and the labels' manifest, read once. */
  static Manifest read(RawCells raw) {
    Manifest manifest = new Manifest();
    Schema schema = Schema.of(Column.of("row_id", ColumnType.TEXT), Column.of("column", ColumnType.TEXT),
        Column.of("defect", ColumnType.TEXT), Column.of("clean_value", ColumnType.TEXT));
    for (String file : new String[] {CropSurvey.MANIFEST, CropSurvey.LABELS_MANIFEST}) {
      for (Row row : CsvLoader.of(schema).load(Datasets.path(file)).result().kept()) {
        String id = text(row, "row_id");
        String column = text(row, "column");
        String kind = text(row, "defect");
        String key = key(id, column) + (kind.equals("volume_drop") ? "=" + text(row, "clean_value") : "");
        manifest.keys.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
        String place = file.equals(CropSurvey.LABELS_MANIFEST) ? "labels.csv " + column : raw.fileOf(id).replace("crop-survey/", "")
            + (column.isEmpty() || file.equals(CropSurvey.LABELS_MANIFEST) ? "" : " " + column);
        place = place.isBlank() ? "every file" : place.strip();
        manifest.where.computeIfAbsent(kind, k -> new TreeSet<>()).add(place);
        manifest.cleanValues.put(kind + "|" + key, text(row, "clean_value"));
      }
    }
    return manifest;
  }

  /** Returns the key of a cell: {@code CS00001/area}; of a whole row {@code CS00001/}. */
  static String key(String id, String column) {
    return id + "/" + column;
  }

  /** Returns the kinds, in the order the manifests list them first. */
  Set<String> kinds() {
    return keys.keySet();
  }

  /** Returns the keys of {@code kind}'s defects. */
  Set<String> of(String kind) {
    return keys.getOrDefault(kind, Set.of());
  }

  /** Returns the keys of every defect of {@code kinds}. */
  Set<String> of(Set<String> kinds) {
    Set<String> all = new HashSet<>();
    kinds.forEach(k -> all.addAll(of(k)));
    return all;
  }

  /** Returns the clean value the manifest gives for {@code key} of {@code kind}. */
  String cleanValue(String kind, String key) {
    return cleanValues.get(kind + "|" + key);
  }

  /** Returns where {@code kind} is, e.g. {@code season1/tool-a.csv area, season2/tool-a.csv area}. */
  String where(String kind) {
    Set<String> places = where.get(kind);
    return places.size() <= 3 ? String.join(", ", places) : String.join(", ", places.stream().limit(3).toList())
        + " and " + (places.size() - 3) + " more";
  }

  private static String text(Row row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
