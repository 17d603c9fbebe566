package cascadekit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The metrics of every batch, kept in a file of JSON lines, one line per batch (Deequ keeps its
 * metrics history in a repository the same way, keyed by batch). Appending adds a line; the
 * history of one metric is read back ordered by batch key, ready for an {@link AnomalyCheck}.
 *
 * <pre>{@code
 * MetricsRepository repo = MetricsRepository.at(dir.resolve("metrics.jsonl"));
 * repo.append("2023-08", List.of(MetricValue.ofTable("rows", 150)));
 * repo.history("rows", null);     // => [MetricPoint[batch=2023-01, value=1000.0], ...]
 * }</pre>
 */
public final class MetricsRepository {
  private final Path file;

  private MetricsRepository(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** Returns the repository kept in {@code file}; the file is created by the first append. */
  public static MetricsRepository at(Path file) {
    return new MetricsRepository(file);
  }

  /** Returns the file the metrics are kept in. */
  public Path file() {
    return file;
  }

  /** Adds {@code batch}'s metrics as a new line; a batch already stored is refused, not overwritten. */
  public MetricsRepository append(String batch, List<MetricValue> metrics) {
    BatchMetrics line = new BatchMetrics(batch, metrics);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("batch " + batch + ": no metrics to store in " + file);
    }
    if (batches().stream().anyMatch(stored -> stored.batch().equals(batch))) {
      throw new IllegalArgumentException("batch " + batch + " is already in " + file + "; metrics are never overwritten");
    }
    try {
      Files.writeString(file, MetricsLine.write(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
    return this;
  }

  /** Returns every batch stored, in the order of the file; none when the file does not exist yet. */
  public List<BatchMetrics> batches() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<BatchMetrics> batches = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        batches.add(parse(lines.get(i), i + 1));
      }
    }
    return batches;
  }

  /** Returns the values of metric {@code name} of {@code column} (null: the table), by batch key. */
  public List<MetricPoint> history(String name, String column) {
    String key = new MetricValue(name, column, 0).key();
    List<MetricPoint> points = new ArrayList<>();
    for (BatchMetrics batch : batches()) {
      batch.metrics().stream().filter(metric -> metric.key().equals(key)).findFirst()
          .ifPresent(metric -> points.add(new MetricPoint(batch.batch(), metric.value())));
    }
    points.sort(Comparator.comparing(MetricPoint::batch));
    return points;
  }

  private BatchMetrics parse(String line, int number) {
    try {
      return MetricsLine.read(line);
    } catch (IllegalArgumentException e) {
      throw new MetricsFileException(file + ", line " + number + ": " + e.getMessage(), e);
    }
  }
}
