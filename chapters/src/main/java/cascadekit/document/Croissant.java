package cascadekit.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A minimal Croissant 1.0 description (MLCommons' JSON-LD for ML datasets) of a dataset: the fields
 * the spec requires from a {@link CroissantCard}, one {@code cr:FileObject} per file of the {@link
 * DatasetLock} with its sha256, and one {@code cr:RecordSet} whose typed {@code cr:Field}s are the
 * columns of one CSV file, read as {@code table}.
 *
 * <pre>{@code
 * String json = Croissant.json(card, DatasetLock.read(folder), "visits.csv", visits.table());
 * }</pre>
 *
 * <p>{@code contentUrl}s are paths relative to the dataset's folder, where the file belongs.
 */
public final class Croissant {
  /** The spec this description conforms to. */
  public static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.0";

  private Croissant() {}

  /** Returns the description as indented JSON-LD. */
  public static String json(CroissantCard card, DatasetLock lock, String csvFile, Table table) {
    try {
      return EventJson.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(of(card, lock, csvFile, table))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /** Returns the description as a JSON tree; {@code csvFile} must be a file of {@code lock}. */
  public static ObjectNode of(CroissantCard card, DatasetLock lock, String csvFile, Table table) {
    if (lock.files().stream().noneMatch(f -> f.path().equals(csvFile))) {
      throw new IllegalArgumentException(csvFile + " is not a file of the dataset's lock");
    }
    ObjectNode json = EventJson.MAPPER.createObjectNode();
    json.set("@context", CroissantContext.context());
    json.put("@type", "sc:Dataset");
    json.put("conformsTo", CONFORMS_TO);
    json.put("name", card.name()).put("description", card.description());
    json.put("license", card.license()).put("url", card.url());
    ArrayNode creators = json.putArray("creator");
    card.creators().forEach(c -> creators.addObject().put("@type", c.type()).put("name", c.name()));
    json.put("datePublished", card.datePublished().toString());
    ArrayNode files = json.putArray("distribution");
    for (LockedFile file : lock.files()) {
      files
          .addObject()
          .put("@type", "cr:FileObject")
          .put("@id", file.path())
          .put("name", file.path())
          .put("contentUrl", file.path())
          .put("contentSize", file.size() + " B")
          .put(
              "encodingFormat",
              file.path().endsWith(".csv") ? "text/csv" : "application/octet-stream")
          .put("sha256", file.sha256());
    }
    recordSet(json.putArray("recordSet").addObject(), csvFile, table);
    return json;
  }

  private static void recordSet(ObjectNode recordSet, String csvFile, Table table) {
    String id = csvFile.replaceFirst("\\.csv$", "");
    recordSet.put("@type", "cr:RecordSet").put("@id", id).put("name", id);
    ArrayNode fields = recordSet.putArray("field");
    for (Column<?> column : table.columns()) {
      ObjectNode field = fields.addObject();
      field
          .put("@type", "cr:Field")
          .put("@id", id + "/" + column.name())
          .put("name", column.name());
      field.put("dataType", CroissantContext.dataType(column));
      ObjectNode source = field.putObject("source");
      source.putObject("fileObject").put("@id", csvFile);
      source.putObject("extract").put("column", column.name());
    }
  }
}
