package cascadekit.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a {@link RunEvent} as one line of JSON in the shape of OpenLineage's RunEvent (spec
 * 2-0-2): {@code eventType}, {@code eventTime}, {@code run.runId}, {@code job}, {@code inputs},
 * {@code outputs}, {@code producer}, {@code schemaURL}. A dataset carries the facets {@code
 * version}, {@code schema} and {@code dataQualityMetrics}; a FAIL's run carries {@code
 * errorMessage}. Each facet names its {@code _producer} and {@code _schemaURL}.
 */
final class EventJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String SCHEMA_URL =
      "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
  private static final String FACETS = "https://openlineage.io/spec/facets/";

  private EventJson() {}

  /** Returns {@code event} as one line of JSON, fields in a fixed order. */
  static String write(RunEvent event) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("eventType", event.eventType().name());
    json.put("eventTime", event.eventTime().toString());
    ObjectNode run = json.putObject("run");
    run.put("runId", event.runId().toString());
    if (event.errorMessage().isPresent()) {
      ObjectNode error =
          facet(run.putObject("facets"), "errorMessage", event, "ErrorMessageRunFacet");
      error.put("message", event.errorMessage().get()).put("programmingLanguage", "JAVA");
    }
    json.putObject("job").put("namespace", event.job().namespace()).put("name", event.job().name());
    datasets(json.putArray("inputs"), event, event.inputs());
    datasets(json.putArray("outputs"), event, event.outputs());
    json.put("producer", event.producer());
    json.put("schemaURL", SCHEMA_URL);
    return json.toString();
  }

  private static void datasets(ArrayNode array, RunEvent event, List<LineageDataset> datasets) {
    for (LineageDataset dataset : datasets) {
      ObjectNode json = array.addObject();
      json.put("namespace", dataset.namespace()).put("name", dataset.name());
      ObjectNode facets = json.putObject("facets");
      facet(facets, "version", event, "DatasetVersionDatasetFacet")
          .put("datasetVersion", dataset.version());
      dataset.facts().ifPresent(facts -> tableFacets(facets, event, facts));
    }
  }

  private static void tableFacets(ObjectNode facets, RunEvent event, TableFacts facts) {
    ArrayNode fields = facet(facets, "schema", event, "SchemaDatasetFacet").putArray("fields");
    ObjectNode quality =
        facet(facets, "dataQualityMetrics", event, "DataQualityMetricsDatasetFacet");
    quality.put("rowCount", facts.rowCount());
    ObjectNode metrics = quality.putObject("columnMetrics");
    for (TableFacts.ColumnFacts column : facts.columns()) {
      fields.addObject().put("name", column.name()).put("type", column.type());
      metrics.putObject(column.name()).put("nullCount", column.nullCount());
    }
  }

  /** Adds facet {@code name}, of OpenLineage's 1-0-0 facet {@code type}, to {@code facets}. */
  private static ObjectNode facet(ObjectNode facets, String name, RunEvent event, String type) {
    String schema = FACETS + "1-0-0/" + type + ".json#/$defs/" + type;
    return facets.putObject(name).put("_producer", event.producer()).put("_schemaURL", schema);
  }
}
