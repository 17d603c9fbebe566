package cascadekit.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads back one line written by {@link EventJson}, strictly: a missing or malformed field is a
 * {@link FileFormatException} naming the line and the field's path, such as {@code
 * inputs[0].facets.version.datasetVersion}.
 */
final class EventReader {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path file;
  private final int line;

  private EventReader(Path file, int line) {
    this.file = file;
    this.line = line;
  }

  /** Returns the event on {@code line} of {@code file}, whose text is {@code json}. */
  static RunEvent read(Path file, int line, String json) {
    EventReader reader = new EventReader(file, line);
    JsonNode event;
    try {
      event = EventJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw reader.fault("(line)", "not JSON: " + e.getOriginalMessage());
    }
    if (event == null || !event.isObject()) {
      throw reader.fault("(line)", "not a JSON object");
    }
    return reader.event(event);
  }

  private RunEvent event(JsonNode event) {
    String type = text(event, "eventType");
    if (!List.of("START", "COMPLETE", "FAIL").contains(type)) {
      throw fault("eventType", "not START, COMPLETE or FAIL: " + type);
    }
    Instant time;
    try {
      time = Instant.parse(text(event, "eventTime"));
    } catch (DateTimeParseException e) {
      throw fault("eventTime", "not an ISO-8601 instant: " + text(event, "eventTime"));
    }
    String runId = text(event, "run.runId");
    if (!UUID_TEXT.matcher(runId).matches()) {
      throw fault("run.runId", "not a lowercase UUID: " + runId);
    }
    JsonNode error = event.at("/run/facets/errorMessage/message");
    return new RunEvent(
        EventType.valueOf(type),
        time,
        UUID.fromString(runId),
        new RunEvent.Job(text(event, "job.namespace"), text(event, "job.name")),
        datasets(event, "inputs"),
        datasets(event, "outputs"),
        error.isTextual() ? Optional.of(error.asText()) : Optional.empty(),
        text(event, "producer"));
  }

  private List<LineageDataset> datasets(JsonNode event, String field) {
    JsonNode array = event.path(field);
    if (!array.isArray()) {
      throw fault(field, "missing, or not an array");
    }
    List<LineageDataset> datasets = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = field + "[" + i + "]";
      JsonNode d = array.get(i);
      Optional<TableFacts> facts =
          d.at("/facets/schema").isMissingNode()
              ? Optional.empty()
              : Optional.of(facts(d.get("facets"), at + ".facets"));
      datasets.add(
          new LineageDataset(
              text(d, "namespace", at),
              text(d, "name", at),
              text(d, "facets.version.datasetVersion", at),
              facts));
    }
    return datasets;
  }

  private TableFacts facts(JsonNode facets, String at) {
    JsonNode fields = facets.at("/schema/fields");
    if (!fields.isArray()) {
      throw fault(at + ".schema.fields", "missing, or not an array");
    }
    JsonNode quality = facets.path("dataQualityMetrics");
    long rows = count(quality.path("rowCount"), at + ".dataQualityMetrics.rowCount");
    List<TableFacts.ColumnFacts> columns = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = text(fields.get(i), "name", at + ".schema.fields[" + i + "]");
      String type = text(fields.get(i), "type", at + ".schema.fields[" + i + "]");
      long nulls =
          count(
              quality.path("columnMetrics").path(name).path("nullCount"),
              at + ".dataQualityMetrics.columnMetrics." + name + ".nullCount");
      columns.add(new TableFacts.ColumnFacts(name, type, nulls));
    }
    return new TableFacts(rows, columns);
  }

  private String text(JsonNode node, String path) {
    return text(node, path, "");
  }

  private String text(JsonNode node, String path, String at) {
    JsonNode value = node.at("/" + path.replace('.', '/'));
    if (!value.isTextual()) {
      throw fault(at.isEmpty() ? path : at + "." + path, "missing, or not a string");
    }
    return value.asText();
  }

  private long count(JsonNode value, String field) {
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
      throw fault(field, "missing, or not a count");
    }
    return value.asLong();
  }

  private FileFormatException fault(String field, String problem) {
    return new FileFormatException(file, line, field, problem);
  }
}
