package cascadekit.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.Table;

/**
 * Every change of a cleaning run, in order: what was changed, from what, to what, by which
 * rule. A step's changes can be undone by its rule, and the whole log written as CSV.
 *
 * <pre>{@code
 * AuditLog log = AuditLog.empty().with(step1).with(step2);
 * Cleaned back = log.undo(step2.table(), "height-metres");   // the table as before that step
 * log.write(Datasets.root().resolve("reports/04-audit.csv"));
 * }</pre>
 *
 * @param entries the changes, in the order they were made
 */
public record AuditLog(List<AuditEntry> entries) {
  /** The header of the CSV {@link #write} writes. */
  public static final List<String> HEADER = List.of("row_id", "column", "before", "after", "rule");

  /** Copies the entries so the log cannot change afterwards. */
  public AuditLog {
    entries = List.copyOf(entries);
  }

  /** Returns a log with no entries. */
  public static AuditLog empty() {
    return new AuditLog(List.of());
  }

  /** Returns this log followed by the changes of {@code step}. */
  public AuditLog with(Cleaned step) {
    List<AuditEntry> all = new ArrayList<>(entries);
    all.addAll(step.changes());
    return new AuditLog(all);
  }

  /** Returns the entries made by {@code rule}, in order. */
  public List<AuditEntry> entries(String rule) {
    return entries.stream().filter(e -> e.rule().equals(rule)).toList();
  }

  /**
   * Returns a copy of {@code table} with the changes of {@code rule} undone, last change first, and the
   * inverse changes that did it (log them too). Fails, naming the cell, when a later step has
   * changed a cell since: undo that step first.
   */
  public Cleaned undo(Table table, String rule) {
    List<AuditEntry> inverse = new ArrayList<>(entries(rule).stream().map(AuditEntry::inverse).toList());
    if (inverse.isEmpty()) {
      throw new IllegalArgumentException("no entries for rule '" + rule + "' in the audit log");
    }
    Collections.reverse(inverse);
    return Cleaned.by(table, inverse);
  }

  /** Writes the log to {@code file} as UTF-8 CSV with the {@link #HEADER}, creating its folder. */
  public void write(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(HEADER.toArray(new String[0]))
        .setRecordSeparator('\n')
        .get();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(writer, format)) {
        for (AuditEntry e : entries) {
          printer.printRecord(e.rowId(), e.column(), AuditEntry.text(e.before()), AuditEntry.text(e.after()), e.rule());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log to " + file + ": " + e.getMessage(), e);
    }
  }
}
