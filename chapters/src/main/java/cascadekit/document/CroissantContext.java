package cascadekit.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.columns.Column;

/** The JSON-LD context of Croissant 1.0 (its Appendix 1, with the prefixes it relies on). */
final class CroissantContext {
  private CroissantContext() {}

  /** Returns the context: schema.org as the vocabulary, Croissant's terms as {@code cr:}. */
  static ObjectNode context() {
    ObjectNode context = EventJson.MAPPER.createObjectNode();
    context.put("@language", "en").put("@vocab", "https://schema.org/");
    context.put("sc", "https://schema.org/").put("cr", "http://mlcommons.org/croissant/");
    context.put("dct", "http://purl.org/dc/terms/").put("conformsTo", "dct:conformsTo");
    context.putObject("data").put("@id", "cr:data").put("@type", "@json");
    context.putObject("dataType").put("@id", "cr:dataType").put("@type", "@vocab");
    for (String term :
        new String[] {
          "citeAs", "column", "examples", "extract", "field", "fileObject", "fileProperty",
          "fileSet", "format", "includes", "isEnumeration", "jsonPath", "key", "md5",
          "parentField", "path", "recordSet", "references", "regex", "repeated", "replace",
          "separator", "source", "subField", "transform"
        }) {
      context.put(term, "cr:" + term);
    }
    return context;
  }

  /** Returns the Croissant data type of a Tablesaw column, such as {@code sc:Float}. */
  static String dataType(Column<?> column) {
    return switch (column.type().name()) {
      case "SHORT", "INTEGER", "LONG" -> "sc:Integer";
      case "FLOAT", "DOUBLE" -> "sc:Float";
      case "BOOLEAN" -> "sc:Boolean";
      case "LOCAL_DATE" -> "sc:Date";
      case "LOCAL_DATE_TIME", "INSTANT" -> "sc:DateTime";
      case "LOCAL_TIME" -> "sc:Time";
      case "STRING", "TEXT" -> "sc:Text";
      default ->
          throw new IllegalArgumentException(
              "column '" + column.name() + "': no Croissant data type for " + column.type().name());
    };
  }
}
