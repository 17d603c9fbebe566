package cascadekit.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** The JSON files the kit reads and writes: learners' results and status files, indented. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Returns a new, empty JSON object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Returns the clock's time in ISO-8601 to the second, e.g. {@code 2025-03-01T09:30:00Z}. */
  static String now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Returns {@code node} as indented JSON text. */
  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Returns the JSON in {@code file}; a missing node when the file is empty. */
  static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }

  /** Saves {@code node} to {@code file} whole and atomically, creating its folder. */
  static void write(Path file, JsonNode node) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, text(node) + "\n");
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + file, e);
    }
  }
}
