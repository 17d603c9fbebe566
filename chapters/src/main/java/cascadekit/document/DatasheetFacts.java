package cascadekit.document;

import cascadekit.clean.AuditEntry;
import cascadekit.clean.AuditLog;
import cascadekit.document.DatasheetSources.FileColumn;
import cascadekit.load.CsvReader;
import cascadekit.load.CsvRow;
import cascadekit.load.Dialect;
import cascadekit.profile.ColumnProfile;
import cascadekit.profile.Profiler;
import cascadekit.profile.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures a datasheet takes from the data, by question id: what the data can answer for itself. */
final class DatasheetFacts {
  private final Path folder;
  private final DatasheetSources sources;
  private final Map<String, List<Figure>> figures = new LinkedHashMap<>();

  private DatasheetFacts(Path folder, DatasheetSources sources) {
    this.folder = folder;
    this.sources = sources;
  }

  /** Returns the figures of the dataset in {@code folder}, with the cleaning steps of {@code audit} if given. */
  static Map<String, List<Figure>> of(Path folder, DatasheetSources sources, DatasetLock lock, Optional<AuditLog> audit) {
    DatasheetFacts facts = new DatasheetFacts(folder, sources);
    for (String file : sources.profile()) {
      facts.profile(file);
    }
    sources.label().ifPresent(l -> facts.add("label", l.file() + " " + l.column(), counts(facts.column(l))));
    for (FileColumn date : sources.dates()) {
      ColumnProfile p = facts.profileOf(date);
      facts.add("timeframe", date.file() + " " + date.column(), p.min() + " to " + p.max());
    }
    sources.manifest().ifPresent(m -> facts.add("errors", m + " defects",
        counts(facts.column(new FileColumn(m, "defect")))));
    audit.ifPresent(log -> countBy(log.entries(), AuditEntry::rule)
        .forEach((rule, n) -> facts.add("preprocessing", "cleaning step " + rule, n + " changes")));
    lock.files().forEach(f -> facts.add("raw", f.path() + " sha256", f.sha256()));
    facts.add("versions", "dataset version (" + DatasetLock.FILE_NAME + ")", lock.version());
    return facts.figures;
  }

  private void profile(String file) {
    List<ColumnProfile> profiles = Profiler.read(folder.resolve(file), sources.missing()).profiles();
    add("count", file + " rows", String.valueOf(profiles.isEmpty() ? 0 : profiles.get(0).rows()));
    add("fields", file + " columns", profiles.stream().map(DatasheetFacts::field).collect(Collectors.joining(", ")));
    String missing = profiles.stream().filter(p -> p.missing() > 0).map(p -> p.name() + " " + p.missing())
        .collect(Collectors.joining(", "));
    add("missing", file + " missing cells", missing.isEmpty() ? "none" : missing);
    List<CsvRow> rows = rows(file);
    long distinct = new HashSet<>(rows.stream().map(CsvRow::values).toList()).size();
    add("errors", file + " exact duplicate records", String.valueOf(rows.size() - distinct));
  }

  /** Returns "height_cm (number, 141 to 204)": a number's range tells its unit. */
  private static String field(ColumnProfile p) {
    boolean number = p.type() == ValueType.NUMBER && p.present() > 0;
    return p.name() + " (" + p.type() + (number ? ", " + p.min() + " to " + p.max() : "") + ")";
  }

  private ColumnProfile profileOf(FileColumn column) {
    return Profiler.read(folder.resolve(column.file()), sources.missing()).profiles().stream()
        .filter(p -> p.name().equals(column.column())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(folder.resolve(column.file()) + " has no column " + column.column()));
  }

  private List<String> column(FileColumn column) {
    List<CsvRow> rows = rows(column.file());
    if (!rows.isEmpty()) {
      rows.get(0).header().require(column.file(), List.of(column.column()));
    }
    return rows.stream().map(r -> r.get(column.column())).toList();
  }

  private List<CsvRow> rows(String file) {
    return CsvReader.of(Dialect.csv()).rows(folder.resolve(file));
  }

  private void add(String question, String name, String value) {
    figures.computeIfAbsent(question, q -> new ArrayList<>()).add(new Figure(name, value));
  }

  /** Returns "a 3, b 1": each value with its count, most frequent first, ties by value. */
  private static String counts(List<String> values) {
    Map<String, Long> counts = countBy(values, v -> v.isEmpty() ? "(empty)" : v);
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
  }
}
